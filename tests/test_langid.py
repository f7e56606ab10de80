"""Accuracy of the EN/FR guess on short social posts of our own (some with hashtags, emoji,
mentions, links, some only a few words long). The measured figure is in langid.py."""

from __future__ import annotations

from postlint.langid import guess_lang

EN = [
    "Thanks for the kind words, we really appreciate it!",
    "New drop this Friday 🔥 Don't miss it",
    "Sorry about the delay, your order is on its way.",
    "We're hiring! Join our team in Manchester #jobs",
    "Happy Monday everyone ☕",
    "Can you send us a DM with your order number?",
    "Our thoughts are with the families affected tonight.",
    "Big news coming soon... stay tuned 👀",
    "That's not what we meant, and we apologise.",
    "Free shipping all weekend long! #sale",
    "Who else is ready for summer? 🌞",
    "Check out the link in our bio",
    "We hear you. Our team is looking into it now.",
    "Doors open at 7pm, see you there!",
    "Thank you so much @maria for the lovely photo",
    "Is anyone else obsessed with this colour?",
    "Back in stock: the classic hoodie in grey",
    "Please read our statement below.",
    "What a night! Thanks to everyone who came out",
    "Have a great weekend, friends",
    "Tag someone who needs this today 💛",
    "We've fixed the issue with the app, update now.",
    "Your feedback helps us get better every day.",
    "It was an honour to be part of this event.",
    "Hi there! Could you tell us which store you visited?",
    "Limited edition, only 100 pieces. Get yours now",
    "Lunch is served 🍔 #foodie",
    "We stand with our community.",
    "How do you take your coffee?",
    "Our hearts go out to everyone in the area.",
    "Congrats to the winners of our giveaway!",
    "Quick reminder: the webinar starts in one hour",
    "Throwback to last year's launch party #tbt",
    "We love seeing your creations, keep them coming!",
    "Shop the look via the link below",
    "No, we will not be raising prices this year.",
    "Good morning from London 🇬🇧",
    "Can't wait to show you what we've been working on",
    "Huge thanks to our amazing volunteers",
    "The results are in and they're incredible",
    "Let us know in the comments 👇",
    "New blog post: five tips for better sleep",
    "Our store will be closed on Monday for the holiday.",
    "We appreciate your patience while we sort this out.",
    "This is not okay and we are taking action.",
    "Sale ends at midnight!",
    "Ready, set, go! 🏃",
    "Thank you!",
    "Love this 😍",
    "See you soon",
    "Well said.",
    "Stay safe out there, everyone.",
    "Any questions? Just ask!",
    "Our new menu is here and it's delicious",
    "Sending love to all the mums out there today",
    "Help us reach 10k followers by sharing this post",
    "We messed up. Here is what we are doing about it.",
    "Which one would you pick? 1 or 2?",
    "Tickets are selling fast, grab yours while you can",
    "Good luck to all the students sitting exams this week",
    "Just landed in Paris for the show ✈️",
    "Behind the scenes with our design team",
    "We couldn't have done it without you",
    "Merci to our friends in Montreal for a great week!",
]
FR = [
    "Merci pour vos messages, ça nous touche beaucoup !",
    "Nouvelle collection dispo ce vendredi 🔥 Ne la ratez pas",
    "Désolés pour le retard, votre commande est en route.",
    "On recrute ! Rejoignez notre équipe à Lyon #emploi",
    "Bon lundi à tous ☕",
    "Pouvez-vous nous envoyer votre numéro de commande en DM ?",
    "Nos pensées vont aux familles touchées ce soir.",
    "Grosse annonce bientôt… restez connectés 👀",
    "Ce n'est pas ce que nous voulions dire, et nous nous excusons.",
    "Livraison offerte tout le week-end ! #soldes",
    "Qui est prêt pour l'été ? 🌞",
    "Le lien est dans notre bio",
    "On vous entend. Notre équipe s'en occupe.",
    "Ouverture des portes à 19h, à tout à l'heure !",
    "Merci beaucoup @julie pour cette jolie photo",
    "Quelqu'un d'autre est fan de cette couleur ?",
    "De retour en stock : le sweat classique en gris",
    "Merci de lire notre communiqué ci-dessous.",
    "Quelle soirée ! Merci à tous d'être venus",
    "Bon week-end à vous",
    "Identifiez quelqu'un qui a besoin de ça aujourd'hui 💛",
    "Nous avons corrigé le problème de l'appli, mettez-la à jour.",
    "Vos retours nous aident à progresser chaque jour.",
    "Ce fut un honneur de participer à cet événement.",
    "Bonjour ! Pouvez-vous nous dire dans quel magasin vous étiez ?",
    "Édition limitée, seulement 100 pièces. Foncez",
    "Le déjeuner est servi 🍔 #miam",
    "Nous sommes aux côtés de notre communauté.",
    "Et vous, votre café, vous le prenez comment ?",
    "Toutes nos pensées aux habitants de la région.",
    "Bravo aux gagnants de notre jeu-concours !",
    "Petit rappel : le webinaire commence dans une heure",
    "Souvenir du lancement de l'an dernier #tbt",
    "On adore voir vos créations, continuez !",
    "Retrouvez le look via le lien ci-dessous",
    "Non, nous n'augmenterons pas nos prix cette année.",
    "Bonjour de Paris 🇫🇷",
    "Trop hâte de vous montrer ce qu'on prépare",
    "Un immense merci à nos bénévoles",
    "Les résultats sont là et ils sont incroyables",
    "Dites-nous tout en commentaire 👇",
    "Nouvel article : cinq conseils pour mieux dormir",
    "Notre boutique sera fermée lundi pour le jour férié.",
    "Merci de votre patience pendant que nous réglons ça.",
    "Ce n'est pas acceptable et nous agissons.",
    "Les soldes se terminent à minuit !",
    "À vos marques, prêts, partez ! 🏃",
    "Merci !",
    "J'adore 😍",
    "À bientôt",
    "Bien dit.",
    "Prenez soin de vous.",
    "Des questions ? Demandez-nous !",
    "Notre nouvelle carte est arrivée et elle est délicieuse",
    "Plein d'amour à toutes les mamans aujourd'hui",
    "Aidez-nous à atteindre 10k abonnés en partageant ce post",
    "On s'est trompés. Voici ce que nous faisons pour y remédier.",
    "Vous choisiriez lequel ? 1 ou 2 ?",
    "Les billets partent vite, prenez les vôtres",
    "Bonne chance à tous les élèves qui passent leurs examens",
    "On vient d'atterrir à Londres pour le salon ✈️",
    "Dans les coulisses avec notre équipe design",
    "On n'aurait pas réussi sans vous",
    "Thanks à nos amis de Montréal pour cette super semaine !",
]


def test_the_sets_are_big_enough() -> None:
    assert len(EN) >= 60 and len(FR) >= 60


def test_accuracy_on_short_posts() -> None:
    # worst case: the default is always the wrong language, so a tie counts as a miss
    wrong = [(t, "en") for t in EN if guess_lang(t, "fr") != "en"]
    wrong += [(t, "fr") for t in FR if guess_lang(t, "en") != "fr"]
    accuracy = 1 - len(wrong) / (len(EN) + len(FR))
    assert accuracy >= 0.95, f"accuracy {accuracy:.1%}; wrong: {wrong}"


def test_default_decides_only_when_the_words_do_not() -> None:
    assert guess_lang("🔥🔥🔥", "fr") == "fr"
    assert guess_lang("#promo", "en") == "en"
    assert guess_lang("Merci à tous", "en") == "fr"
    assert guess_lang("Thanks to all", "fr") == "en"


def test_clear_lang_needs_enough_words_of_one_language() -> None:
    from postlint.langid import clear_lang

    assert clear_lang("Bonjour, ma commande n'est toujours pas arrivée.", 3, 3) == "fr"
    assert clear_lang("Hi, my order has still not arrived and nobody answers.", 3, 3) == "en"
    assert clear_lang("Merci !", 3, 3) is None  # too short to tell
    mixed = "Hi Sam, we are on it! / Bonjour Sam, nous nous en occupons."
    assert clear_lang(mixed, 3, 3) is None  # both languages
