"""Ordinary brand posts, near-misses included, must raise no warning or error.

False alarms cost users' trust as much as misses (DESIGN.md). These are our own sentences:
figures of speech that borrow death or violence words ("killer deal", « une tuerie »), real
condolences, a charity appeal after a disaster, a news-style anniversary post, sincere
apologies with a next step, customer-care replies and ordinary hashtag campaigns.
"""

from __future__ import annotations

import pytest

from postlint import Linter
from postlint.model import Post, Severity

EN = [
    "Killer deal this weekend: two pizzas for the price of one.",
    "This look is fire. New jackets in store Friday.",
    "Our chocolate fondant is to die for, and it is back on the menu.",
    "Shoot us a DM with your order number and we will sort it out.",
    "Our prices are insane this week: every sofa at 30% off.",
    "We're dying to show you what the team has been cooking up.",
    "We blew up the old menu and started again. Come taste the new one.",
    "Our thoughts are with everyone who lost loved ones in the earthquake. Rest in peace.",
    "After the floods, we are matching every donation to the Red Cross "
    "appeal: https://example.org/donate",
    "Ten years ago today, the tsunami struck the coast. We remember the "
    "victims and their families.",
    "We got this wrong and we're sorry. The ad is gone, and from Monday "
    "every campaign is reviewed by two people.",
    "Sorry for the late delivery, Sam. A new parcel leaves today and the shipping is on us.",
    "Thanks for waiting! Your refund was sent this morning and should arrive within three days.",
    "Tell us your favourite topping in the comments!",
    "Our summer menu is here. #SummerMenu #Foodie",
    "Stay safe in the storm tonight and check on your neighbours.",
    "Happy Friday! Weekend plans? Ours involve a lot of pancakes.",
    "Game night at the store: come and play the new board games with our team.",
    "We never stop improving: the app now loads twice as fast.",
    "Level up your mornings with our new cold brew.",
    "Thx to everyone who came by the stand today!",
    "Our B4 sketchbooks and 2B pencils are back, see you at the art fair.",
    "Analysts call the cuts rightsizing; we call them 300 lost jobs and we will say so.",
    "Your order has been updated: it now ships with express delivery, as you asked.",
    "We fixed the error on our opening-hours page. See you on Sunday!",
    "Count on us this winter: our helpline is open 24/7.",
    "We remember our very first store on Elm Street: 30 years this week. Thank you!",
    "Read the FAQ for delivery times, or message us any time.",
    "Our cake of the week is on the house for every customer born on 29 February.",
    "New on our channel: a history of the Nazi occupation of the Channel Islands.",
    "Book club pick: a novel set in Berlin in 1938, under the shadow of Hitler.",
    "Our Halloween costumes are here: ghosts, cats and astronauts for every size.",
    "Cutting prices now would be shooting ourselves in the foot, so we won't.",
    "Heart attack symptoms can differ in women: our nurses explain, live at noon.",
    "Vote for your favourite pie flavour: the winner is on the menu all June.",
    "Polls close at 10pm. Don't forget your ID, and have a good election day!",
    "Our Easter service times for the chapel café: Jesus Christ Superstar singalong at 3pm.",
    "Mistakes happen in every kitchen; here is how we train new cooks to catch them.",
    "Go #Hurricanes! 20% off home jerseys before Saturday's game.",
    "We regret that the storm caused delays: every affected order is refunded automatically.",
    "We got the timing and the tone wrong, and we are sorry. The post is down.",
    "New: our oat latte, on the menu from Monday. Get yours before 11 for a free refill.",
    "Our hearts are with the team that won last night: what a final!",
    "It's not your fault if the parcel was late: we've refunded the delivery.",
    "Imagine a Sunday with fresh croissants and no alarm clock.",
    "After the floods, new volunteers arrive every morning at our depot. Thank you all.",
    "Snowflakes are falling on our Alpine store: winter hours start Monday ❄️",
    "Our competitors are great people; we just make the better sandwich.",
    "The volunteers who rebuilt the playground: thank you!",
    "A massacre of prices! Our new collection just dropped.",
]

FR = [
    "Ce burger est une tuerie, venez le goûter ce midi.",
    "Mort de rire devant vos photos de vacances, merci pour le partage !",
    "On meurt d'envie de vous montrer la nouvelle collection.",
    "Des prix de folie cette semaine : -30 % sur tous les canapés.",
    "Nos pensées vont aux familles des victimes de l'accident. Toute "
    "l'équipe est de tout cœur avec elles.",
    "Après les inondations, nous doublons chaque don fait à la Croix-Rouge "
    ": https://example.org/don",
    "Il y a dix ans, la tempête frappait la côte. Nous pensons aux victimes et à leurs proches.",
    "Nous nous sommes trompés et nous vous présentons nos excuses. Le "
    "visuel est retiré et chaque campagne sera désormais relue par deux personnes.",
    "Désolés pour ce retard, Camille : un nouveau colis part aujourd'hui, livraison offerte.",
    "Merci pour votre patience ! Le remboursement est parti ce matin.",
    "Dites-nous en commentaire votre garniture préférée !",
    "Notre carte d'été est arrivée. #CarteDÉté #Gourmandise",
    "Restez à l'abri ce soir et prenez des nouvelles de vos voisins.",
    "Bon vendredi ! Des projets pour le week-end ?",
    "Soirée jeux en boutique : venez jouer avec notre équipe aux nouveaux jeux de société.",
    "Notre stagiaire Léa vous présente les coulisses de l'atelier.",
    "Ces bénévoles ont nettoyé toute la plage en une matinée : bravo !",
    "Si notre nouvelle recette vous fait sourire, tant mieux !",
    "Un concert exceptionnel au Bataclan ce soir, quelques places encore disponibles.",
    "Notre nouveau parapluie tombe à pic pour les giboulées de mars.",
    "Merci pour vos messages, bcp d'entre vous nous demandent la date : ce sera le 12 mai.",
    "Le plan de sauvegarde de l'emploi a été présenté aux syndicats ce matin.",
    "Votre réservation a été modifiée comme demandé : arrivée le 14, départ le 17.",
    "Une erreur s'était glissée dans les horaires d'hier : le marché ouvre bien à 8 h.",
    "Livraison le 8 mars pour toute commande passée avant lundi.",
    "L'humour n'est pas notre fort, mais nos croissants si.",
    "Une cuite de la terre réussie : nos conseils pour vos poteries.",
    "Rencontre avec une survivante de la déportation, jeudi à la médiathèque.",
    "Augmenter nos prix maintenant, ce serait se tirer une balle dans le pied.",
    "Nous accueillons trois familles de réfugiés dans nos équipes cette année.",
    "Votez pour la meilleure galette : résultats vendredi en boutique.",
    "Une équipe pleine de talents prépare la saison prochaine.",
    "Nos équipes accueillent des salariés autistes depuis 2019 : rencontre avec eux jeudi.",
    "Nous regrettons que la grève ait retardé vos colis : les frais de port vous sont remboursés.",
    "Nouveau : le wrap au poulet, dans tous nos restaurants dès lundi.",
    "Comme chaque année depuis l'incendie, nous soutenons la reconstruction du quartier.",
    "Soldes jusqu'au 11 septembre : -30 % sur les cartables.",
    "Il fallait un nom à notre nouveau pain : ce sera la « Tourte du Lundi ».",
    "Prix massacrés sur la nouvelle collection, elle vient d'arriver !",
]

REPLIES = [
    (
        "en",
        "So sorry to hear that, Alex. Please DM us your booking reference and "
        "we'll rebook you today.",
        "My flight was cancelled and nobody told me.",
    ),
    (
        "fr",
        "Nous sommes désolés, Camille. Envoyez-nous votre numéro de commande "
        "en privé, nous vous rappelons aujourd'hui.",
        "Ma commande est arrivée cassée, c'est inadmissible.",
    ),
    (
        "en",
        "So sorry, Jo. An engineer is booked for 8am tomorrow and we've credited your account.",
        "My heating has been broken for a week!",
    ),
    (
        "fr",
        "Toutes nos excuses, Marc : un technicien passe demain à 8 h et le mois est remboursé.",
        "Le technicien n'est jamais venu, trois jours sans chauffage !",
    ),
    (
        "en",
        "We're so sorry, Priya. That's not the service you deserve. We've refunded "
        "your order and our manager will call you today.",
        "Your delivery guy was rude and threw my food at the door.",
    ),
    (
        "en",
        "I'm really sorry for your loss. I've closed the account and cancelled all "
        "future emails; no further action is needed from you.",
        "My dad passed away, please stop emailing him.",
    ),
    (
        "fr",
        "Toutes nos excuses, Sarah : ce n'est pas acceptable. Le remboursement est lancé "
        "et le responsable du magasin vous rappelle aujourd'hui.",
        "Votre vendeur a été odieux avec ma mère.",
    ),
    (
        "fr",
        "Nous sommes sincèrement désolés pour votre perte. Le contrat est résilié "
        "sans frais, vous n'avez rien d'autre à faire.",
        "Mon père est décédé, comment résilier son contrat ?",
    ),
    (
        "en",
        "Really sorry about the wait. Your replacement left our depot today. Have a great weekend!",
        "Ordered a lamp three weeks ago and it still hasn't arrived. Terrible service.",
    ),
    (
        "fr",
        "Toutes nos excuses pour ce colis abîmé, un nouveau part demain. Bonne journée !",
        "Colis arrivé cassé, franchement c'est inadmissible.",
    ),
    # an emergency referral and "good news" that brings the solution are the right answers
    (
        "fr",
        "Si la batterie risque de lâcher, appelez le 15 tout de suite. Nous signalons votre "
        "foyer comme prioritaire et vous rappelons dans 10 minutes.",
        "Coupure de courant et ma mère est sous concentrateur d'oxygène, aidez-moi !",
    ),
    (
        "fr",
        "On comprend votre inquiétude. Bonne nouvelle : votre colis a été localisé, nous vous "
        "écrivons en message privé.",
        "Colis introuvable depuis 10 jours, vous êtes où ???",
    ),
    # relief that nobody was hurt is an acknowledgement, not cheer
    (
        "en",
        "We're so glad nobody was hurt. Please unplug it; our safety team will call you today.",
        "the heater caught fire in the kids' room last night, what the hell",
    ),
    (
        "fr",
        "Nous sommes désolés, l'annulation est de notre faute : nous vous remboursons tout "
        "et vous appelons ce soir.",
        "La salle a annulé notre mariage à un mois de la date. Je suis effondrée.",
    ),
    (
        "en",
        "Harassment of our staff is never acceptable. We're reporting the accounts and the team "
        "has our full support.",
        "Your staff are getting abuse online, will you do anything?",
    ),
    (
        "fr",
        "Toutes nos condoléances. Nous arrêtons le forfait de votre père dès aujourd'hui et les "
        "sommes prélevées vous seront remboursées.",
        "Mon père est décédé et vous continuez à prélever son forfait.",
    ),
    (
        "fr",
        "Nous sommes désolés, trois jours sans courant c'est très dur. Des centres d'accueil "
        "sont ouverts : informez-vous auprès de votre mairie.",
        "Trois jours sans courant avec les enfants, on n'en peut plus.",
    ),
    (
        "fr",
        "Appelez immédiatement le 18 et éloignez-vous de la fumée. Nous prévenons le gardien.",
        "URGENT il y a de la fumée dans le hall, on appelle qui ??",
    ),
    (
        "fr",
        "Bonjour, les notes sont publiées jusqu'au 15 février. Sans note après cette date, "
        "écrivez à la scolarité de votre UFR.",
        "Je n'ai toujours pas ma note de partiel, c'est inadmissible.",
    ),
    (
        "en",
        "We're aware of the video and understand the upset it has caused. It has been referred "
        "to our standards team, and our thoughts remain with the family.",
        "Why were your staff filmed laughing at the scene of the crash where a man died?",
    ),
    (
        "en",
        "Our Paris stores are closed today so our teams can be with their families. We're "
        "thinking of everyone affected.",
        "Is your Paris store open today after last night's attacks?",
    ),
    (
        "en",
        "That sounds terrifying, and we're so glad your child is okay. Unplug the kettle and DM "
        "us the model number: our safety team will call today.",
        "Your kettle caught fire on my counter this morning!",
    ),
    (
        "fr",
        "Ça a dû être effrayant, nous sommes soulagés que votre fille aille bien. Gardez le pot "
        ": notre équipe qualité vous appelle aujourd'hui.",
        "Il y avait un morceau de verre dans le yaourt de ma fille.",
    ),
    (
        "en",
        "Thank you for raising this. Racist abuse has no place at our club: we're reviewing "
        "footage with stewards and police.",
        "Racist abuse aimed at our winger from your away end today. Will you act?",
    ),
    (
        "fr",
        "Merci de nous avoir alertés, heureux que personne ne soit blessé. Débranchez le "
        "chargeur et envoyez-nous la référence en MP.",
        "Le chargeur de votre trottinette a pris feu cette nuit !",
    ),
    (
        "en",
        "That's urgent and we're treating it that way. DM us the tracking number and we'll "
        "find it today; if you're running low, call your pharmacy meanwhile.",
        "My parcel with my heart medication has been stuck for 5 days and I only have one "
        "pill left.",
    ),
    (
        "en",
        "Tough afternoon, no hiding from it. We go again on Tuesday.",
        "Another defeat, what a joke of a club.",
    ),
    # Answering in the customer's language, in both, or in the one they asked for.
    (
        "en",
        "Hi Tom, sorry your order is late. Could you DM us the order number so we "
        "can chase the courier today?",
        "Hello, I live in Lyon and my order from your French shop is two weeks late.",
    ),
    (
        "fr",
        "Hello Tom! Sorry for the delay, DM us your order number. / Bonjour Tom, "
        "désolés pour ce retard : envoyez-nous votre numéro de commande en MP.",
        "Bonjour, ma commande a deux semaines de retard et je n'ai aucune nouvelle.",
    ),
    (
        "en",
        "Of course, Anna. Sorry about the wait: your refund left our bank this "
        "morning, you should see it within three days.",
        "Bonjour, je suis anglophone, pouvez-vous me répondre en anglais ? "
        "J'attends mon remboursement depuis un mois.",
    ),
    (
        "fr",
        "Merci beaucoup, à très vite !",
        "Lovely shop, thanks!",
    ),
    (
        "en",
        "Thanks for letting us know, we'll send a new one today.",
        "My parcel arrived broken.",
    ),
    (
        "fr",
        "Merci pour votre signalement, un technicien passe demain matin.",
        "L'ascenseur de la station est encore en panne.",
    ),
    (
        "en",
        "Sorry about the mix-up! A new invoice is on its way to your inbox 🙂",
        "You billed me twice for March, please sort it out.",
    ),
    (
        "en",
        "Of course, and we guarantee it: every jumper is machine-washable!",
        "Can these jumpers go in the washing machine?",
    ),
    (
        "en",
        "Sorry about this. Engineers are on site; we'll update you here by 6pm.",
        "Power's been out on our street for 6 hours.",
    ),
    (
        "fr",
        "Merci pour votre retour ! Toute l'équipe vous souhaite une belle journée 😊",
        "Super soirée hier, merci à toute l'équipe !",
    ),
    (
        "fr",
        "On vous avait prévenue 😄 Contents que vous ayez survécu à la sauce !",
        "Votre sauce piquante m'a littéralement tuée 😭🔥",
    ),
    (
        "en",
        "Nobody is forcing you to upgrade: your current plan stays exactly as it is.",
        "Do I have to move to the new plan?",
    ),
    (
        "en",
        "Great to hear! Have you tried the new oat latte too?",
        "I've already tried every drink on your menu and they're all great!",
    ),
    (
        "en",
        "So glad you love the shaken espresso! 🎉",
        "Your iced shaken espresso is amazing!",
    ),
    (
        "en",
        "Thanks, sweetie! See you Saturday 💕",
        "Best cupcakes in town, my kids love them!",
    ),
    (
        "fr",
        "Merci ma petite Léa, à samedi !",
        "Vos crêpes sont les meilleures !",
    ),
    (
        "en",
        (
            "We're sorry you felt unwell after your meal. Please DM us the date so we can check "
            "with the kitchen."
        ),
        "I was sick all night after eating at your restaurant.",
    ),
    (
        "fr",
        (
            "Nous sommes désolés que vous ayez attendu si longtemps, un conseiller vous rappelle "
            "aujourd'hui."
        ),
        "J'attends depuis une heure au téléphone.",
    ),
    (
        "fr",
        (
            "Le livreur a noté votre absence ; nous reprogrammons la livraison demain, désolés "
            "pour "
            "la gêne."
        ),
        "Avis de passage alors que j'étais chez moi.",
    ),
    (
        "en",
        "Sorry about the double charge, we've refunded it today and added a note to your account.",
        "You charged me twice and now I'm overdrawn.",
    ),
    (
        "en",
        "Thank you! The team has been rehearsing for weeks 🎤",
        "Your staff absolutely murdered it at karaoke night!",
    ),
    (
        "en",
        (
            "So sorry it's been 4 days without internet, an engineer is booked for tomorrow "
            "morning "
            "and we've credited the week."
        ),
        "It's been 4 days and still no internet.",
    ),
    (
        "fr",
        "Désolés pour ces 5 jours sans internet, un technicien passe demain matin.",
        "Ça fait 5 jours que je n'ai pas d'internet.",
    ),
    (
        "en",
        (
            "Really sorry this happened. Fake accounts are using our logo; we've reported this one "
            "and our fraud team will call you today."
        ),
        "I was scammed by a fake account using your logo.",
    ),
    (
        "fr",
        "Ce n'est pas de votre faute : le lien était cassé, nous l'avons réparé. Merci !",
        "Votre lien ne marche pas.",
    ),
    (
        "en",
        "That wasn't your fault at all, the app had a bug. Fixed now and refunded.",
        "Your app charged me for nothing.",
    ),
    (
        "en",
        (
            "So sorry! Next time you can also check live times on our app, and we've refunded your "
            "ticket."
        ),
        "Bus was 40 minutes late again.",
    ),
    (
        "fr",
        (
            "C'est très grave, merci de nous alerter : ne consommez pas le produit, notre service "
            "qualité vous appelle aujourd'hui."
        ),
        "J'ai trouvé du plastique dans mon yaourt.",
    ),
    (
        "en",
        "Just log off and log back in, then the update will appear. Let us know if it doesn't!",
        "The new feature isn't showing on my account.",
    ),
    (
        "en",
        "So sorry it arrived broken! We'll send a new one today, no need to return the old one.",
        "My mug arrived broken.",
    ),
    (
        "en",
        "We'll never ask for your password. Reset it here and DM us if it still fails.",
        "Locked out of my account again.",
    ),
    (
        "fr",
        "Nous ne vous demanderons jamais votre mot de passe : réinitialisez-le dans l'appli.",
        "Je n'arrive pas à me connecter.",
    ),
    (
        "en",
        "Sorry for the wait! We've booked you a table for Friday on us.",
        "Waited an hour for our starters.",
    ),
    (
        "fr",
        (
            "Merci pour ce retour constructif, nous avons revu le nettoyage des toilettes dès ce "
            "matin."
        ),
        "Toilettes sales et personnel désagréable.",
    ),
    (
        "en",
        "We understand, and it is our responsibility to check dates: refund sent today.",
        "Your shop sold me mouldy bread.",
    ),
    (
        "en",
        (
            "Thanks for asking! {first_name} is a merge tag: each contact sees their own name. "
            "Guide: help.example.com/tags"
        ),
        "What does {first_name} do in your templates?",
    ),
    (
        "fr",
        (
            "Oui ! [PRENOM] est une variable, remplacée par le prénom de chaque client à l'envoi. "
            "Tout est ici 👉 aide.example.fr"
        ),
        "C'est quoi [PRENOM] dans vos SMS ? J'ai peur que ça s'affiche comme ça.",
    ),
    (
        "en",
        (
            "Sorry this happened. Assembly mistakes are easy to make, so we'll send a technician "
            "to "
            "check it for free tomorrow."
        ),
        "The shelf fell off the wall two days after I put it up.",
    ),
    (
        "fr",
        (
            "Désolés pour la taille ! Nos pantalons taillent petit, prenez une taille au-dessus, "
            "l'échange est gratuit."
        ),
        "Vos pantalons taillent super petit.",
    ),
    (
        "en",
        "Of course! We have a paper menu at every table, just ask any of our staff.",
        "I'm 72 and can't work out the QR menu, is there a paper one?",
    ),
    (
        "fr",
        (
            "Bonjour Mme Diallo, nous sommes désolés : votre dossier est en cours et un conseiller "
            "vous rappelle demain."
        ),
        "Facture erronée de 312 €, personne ne répond.",
    ),
    (
        "en",
        (
            "So sorry, a swollen battery is a safety issue: please stop using the phone and DM us, "
            "we'll replace it free of charge today."
        ),
        "My phone battery swelled up overnight, is this even safe?",
    ),
    (
        "en",
        "We're sorry. We'll look at the batch with our quality team and call you tomorrow.",
        "Found plastic in my sandwich.",
    ),
    (
        "fr",
        (
            "Nous sommes vraiment désolés pour votre maison. Une cellule d'urgence est ouverte au "
            "01 23 45 67 89, un conseiller vous rappelle aujourd'hui."
        ),
        "Notre maison a brûlé cette nuit, qui contacter ?",
    ),
    (
        "en",
        (
            "Yes! Our app works with VoiceOver and TalkBack, and we're adding high-contrast mode "
            "next month."
        ),
        "Does your app support screen readers? I'm visually impaired.",
    ),
    (
        "fr",
        "Notre boutique est au 12 rue de la Paix, ouverte de 9 h à 19 h.",
        "Vous êtes où exactement ?",
    ),
    (
        "en",
        "Our shop is at 14 Maple Road, open 9 to 5.",
        "Where is your shop?",
    ),
    (
        "fr",
        (
            "C'est inacceptable, nous sommes désolés. Nous avons suspendu ce vendeur et ouvert une "
            "enquête ; écrivez-nous en MP."
        ),
        "Un vendeur m'a demandé mon numéro trois fois, c'était gênant.",
    ),
    (
        "fr",
        "Oui, on livre partout dans la Creuse en 48 h !",
        "Vous livrez dans la Creuse ?",
    ),
    (
        "fr",
        (
            "Désolés que l'assistant vocal ne vous comprenne pas ! Vous pouvez aussi taper votre "
            "adresse, on corrige la reconnaissance."
        ),
        "Je suis de Marseille et votre assistant vocal ne comprend jamais mon adresse.",
    ),
    (
        "en",
        "Huge congrats on a year! 🎉 Our alcohol-free gin is on us next time you drop by.",
        "One year sober today!",
    ),
    (
        "fr",
        "Félicitations ! Ça s'arrose 🥂",
        "On vient d'avoir notre premier bébé !",
    ),
    (
        "fr",
        (
            "Nous sommes désolés pour la hausse de votre facture. Un conseiller peut étudier un "
            "échéancier avec vous : écrivez-nous en MP."
        ),
        "Ma facture a doublé, je sais plus comment je vais payer.",
    ),
    (
        "fr",
        "Désolés ! Nos coupes vont du 34 au 52 en ligne, voici le lien vers les grandes tailles.",
        "Pourquoi rien au-dessus du 40 en boutique ?",
    ),
    (
        "fr",
        (
            "Vous allez recevoir un code par SMS : saisissez-le dans l'appli pour débloquer votre "
            "compte, ne le communiquez jamais."
        ),
        "Compte bloqué depuis ce matin.",
    ),
    (
        "fr",
        (
            "Toujours pas de nouvelles du colis ? Désolés, on relance le transporteur aujourd'hui "
            "et on vous écrit en MP."
        ),
        "Colis toujours pas arrivé, 10 jours !",
    ),
    (
        "en",
        (
            "Thanks for asking! For future trips, you can add a travel notice in the app so your "
            "card keeps working abroad."
        ),
        "How do I use my card abroad?",
    ),
    (
        "fr",
        (
            "Nous avons revu votre dossier et nous revenons sur notre décision : le remboursement "
            "part aujourd'hui. Toutes nos excuses."
        ),
        "Retour refusé alors que l'article n'a jamais été porté.",
    ),
    (
        "en",
        (
            "That seems unlikely to be the cause, but we'll check the logs with you: DM us your "
            "device model."
        ),
        "Is the new update draining my battery?",
    ),
    (
        "fr",
        (
            "Désolés pour la rupture ! Le lait infantile arrive demain matin ; on peut vous en "
            "mettre de côté si vous nous écrivez en MP."
        ),
        "Rupture de lait infantile depuis 10 jours.",
    ),
    (
        "en",
        (
            "We're thinking of you. A member of our team will call you this afternoon to help with "
            "the account."
        ),
        "My husband passed away last week, how do I close his account?",
    ),
    (
        "fr",
        (
            "Nous pensons bien à vous. Un conseiller vous rappelle demain pour la résiliation, "
            "sans "
            "frais."
        ),
        "Mon père est décédé, comment résilier son abonnement ?",
    ),
    (
        "en",
        (
            "Thank you for the kind words about our nurses, and we're sorry about the wait. Our "
            "PALS team would like to hear more."
        ),
        "Waited 5 hours in A&E. The nurses were lovely though.",
    ),
    (
        "fr",
        (
            "Merci pour vos mots sur nos soignants, et désolés pour l'attente. Vous pouvez écrire "
            "au service des usagers."
        ),
        "4 h d'attente aux urgences, mais les infirmières étaient adorables.",
    ),
    (
        "en",
        "Our new York Road branch is open till 8pm, sorry about the queue today!",
        "Queue was massive at your Leeds store.",
    ),
    (
        "en",
        (
            "So sorry about the glass in your salad. Please keep the packaging, and DM us your "
            "phone number so our safety team can call you today."
        ),
        "Found a piece of glass in my salad from your store.",
    ),
    (
        "fr",
        (
            "Désolés pour l'attente et pour l'absence d'aide à Part-Dieu, c'est inacceptable. On "
            "transmet à l'équipe accessibilité et on vous écrit en MP."
        ),
        "J'ai attendu deux heures sur le quai, personne pour m'aider avec mon fauteuil.",
    ),
    (
        "en",
        (
            "Never ask strangers for money on the app, and we will never ask you for your password "
            "or code."
        ),
        "Someone on your app asked me for money.",
    ),
    (
        "en",
        (
            "We're very sorry. We've reviewed what happened and the manager will apologise to you "
            "in person."
        ),
        "Your cashier humiliated me at the till.",
    ),
    (
        "fr",
        "Nous sommes désolés. Votre dossier est prioritaire : un agent vous rappelle aujourd'hui.",
        "Ma fille n'est pas rentrée depuis hier soir, je suis morte d'inquiétude.",
    ),
    (
        "en",
        (
            "We're so sorry. Please call 999 now and share the photo with officers; we've passed "
            "your message to the missing persons team."
        ),
        "My brother has been missing since Monday, please help.",
    ),
    (
        "fr",
        "Désolés pour l'attente ! Ta commande part dans 10 minutes, on t'offre la livraison.",
        "ça fait 1h que j'attends ma commande",
    ),
    (
        "fr",
        "Cheh 😌 (on t'aime hein)",
        "J'avais dit zéro achat pendant les soldes… j'ai craqué 🤡",
    ),
    (
        "en",
        "Hot sauce champion 🔥 Glad you survived it!",
        "I tried your hottest sauce and I'm still alive",
    ),
    (
        "fr",
        "On pense fort à vous 🤍 Merci d'avoir partagé ce souvenir.",
        "C'était la glace préférée de mon fils, il est parti en mars 💔",
    ),
    (
        "fr",
        "On est vraiment tristes pour Filou 💛 On arrête l'abonnement tout de suite, sans frais.",
        "Notre chien Filou est mort, vous pouvez arrêter l'abonnement ?",
    ),
    (
        "en",
        "You can file it through our complaints form (link in bio), and we'll reply within 5 days.",
        "how do I make a formal complaint?",
    ),
    (
        "en",
        "Thanks @SamLovesTea88, enjoy!",
        "love it",
    ),
    (
        "en",
        "We only go up to XL for now, sorry! Our extended sizes arrive in March, we'll DM you.",
        "Do you have this in XXL?",
    ),
    (
        "fr",
        "Désolés pour la poêle ! On vous l'échange, envoyez-nous une photo en MP.",
        "Ma poêle a gondolé au bout d'une semaine.",
    ),
    (
        "fr",
        (
            "Nous sommes désolés. Votre compte est fermé ; le 09 74 75 "
            "13 13 (Joueurs Info Service) "
            "est là pour vous, gratuitement."
        ),
        "J'ai encore tout perdu au casino ce mois-ci, je sais plus quoi faire.",
    ),
    (
        "fr",
        "Oui, on livre à Lille en 24 h !",
        "Vous livrez à Lille ?",
    ),
    (
        "fr",
        (
            "Nous sommes de tout cœur avec vous. Un conseiller vous "
            "appelle aujourd'hui pour ouvrir "
            "le dossier sinistre."
        ),
        "Maison inondée cette nuit, on a tout perdu 😭",
    ),
    (
        "en",
        "Thank you for sharing this with us, Ann. What a lovely way to remember him. 💛",
        "This was my late husband's favourite tea.",
    ),
    (
        "fr",
        "On vous envoie plein de force 💜 Votre abonnement est suspendu sans frais.",
        "Hospitalisée pour une chimio, je ne viendrai pas pendant 3 mois.",
    ),
    (
        "fr",
        "Cheh ! 😜 Non sérieux, 15 km c'est énorme, bravo.",
        "@jo j'ai lâché au km 15 😭 moque-toi",
    ),
    (
        "fr",
        (
            "Pas de panique, on sécurise votre compte. Changez votre mot "
            "de passe via notre page de "
            "réinitialisation et ne communiquez jamais le code reçu par SMS."
        ),
        "On m'a piraté mon compte !!",
    ),
    (
        "fr",
        "On vous souhaite un prompt rétablissement 💛 Votre abonnement est suspendu sans frais.",
        "Je suis hospitalisée plusieurs semaines.",
    ),
    (
        "en",
        "Get well soon! Your membership is paused at no cost until you're back.",
        "I'm in hospital for a few weeks.",
    ),
    (
        "en",
        "Please delete your tweet: it shows your card number. DM us and we'll help.",
        "My card 4929 1234 5678 9012 was charged twice!",
    ),
    (
        "en",
        "You can delete your review any time from your account page.",
        "How do I remove the review I left?",
    ),
    (
        "fr",
        "Vous pouvez supprimer votre avis depuis votre espace client.",
        "Comment supprimer mon avis ?",
    ),
    (
        "en",
        "Sorry you waited so long. We've passed your complaint to the store manager, who will "
        "call you today.",
        "I waited an hour at your counter.",
    ),
    (
        "en",
        "Sorry your daughter got sick on the trip, we hope she feels better soon. Please DM us "
        "and we'll refund the excursion.",
        "My daughter got sick on the boat and we missed the tour.",
    ),
    (
        "en",
        "Don't worry, we forgive you! Your table is booked for 8.",
        "Sorry I missed my booking yesterday!",
    ),
    (
        "en",
        "We're so sorry if you're going through a loss. Our team can talk you through the options "
        "by phone, day or night.",
        "How much is a simple funeral?",
    ),
    (
        "en",
        "Your x-rays are ready: you can collect them at reception.",
        "Can I get a copy of my x-rays?",
    ),
    (
        "en",
        "Apologies for my wording: the pools will be closed but the village is open.",
        "Can we still walk around the site?",
    ),
    (
        "en",
        "This conversation is over on Twitter, but our team will call you today.",
        "Still no refund!",
    ),
    (
        "en",
        "Please delete your old account from the settings page, then sign up again.",
        "I can't log in to my old account.",
    ),
    (
        "en",
        "Heads-up: your ticket's QR code is visible in the photo. Please delete it so nobody else "
        "can use your entry.",
        "Can't wait for Saturday! [photo of my ticket]",
    ),
    (
        "en",
        "You're welcome to close your account online at any time; here's how.",
        "How do I close my account?",
    ),
    (
        "en",
        "Open your eyes and your ears at our night safari: owls are out after 9pm!",
        "What can we see on the night tour?",
    ),
    ("en", "If you want, I can also send you a new code by DM.", "The code doesn't work"),
    (
        "fr",
        "Si vous le souhaitez, je peux aussi vous envoyer une nouvelle facture.",
        "Je n'ai pas reçu ma facture",
    ),
    (
        "en",
        "You may be held accountable for the damage only if the rental agreement says so; let us "
        "check it for you.",
        "Am I liable for the scratch?",
    ),
    (
        "en",
        "Our bereavement team is here for you: following the death of your husband, we have "
        "frozen all charges.",
        "My husband died last month and you are still billing him",
    ),
    ("en", "Reply with your order number by DM and we'll sort it.", "Where is my parcel?"),
    (
        "en",
        "We're sorry you didn't enjoy your visit. If you tell us what went wrong, the manager "
        "will call you back.",
        "Food was cold and service slow.",
    ),
    (
        "fr",
        "Bonjour Léa, c'est rageant, désolés. Je peux vous prendre un rendez-vous en boutique "
        "pour une réparation sous garantie.",
        "Mon téléphone est tombé en panne après dix jours.",
    ),
    (
        "fr",
        "Désolé pour ça ! Envoyez-moi votre nom en privé et je vous donne le statut du colis.",
        "Votre lien de suivi ne marche pas.",
    ),
    (
        "fr",
        "Prenez soin de vous avant tout. Je peux prolonger vos prêts de trois semaines, sans "
        "frais.",
        "Je ne pourrai pas rendre mes livres, je suis hospitalisée.",
    ),
    (
        "fr",
        "Merci pour l'alerte. Une équipe de propreté est en route.",
        "Le parc est dégueulasse ce matin après la fête.",
    ),
    (
        "fr",
        "Nos sincères condoléances. Notre équipe des successions peut résilier l'abonnement sans "
        "frais de résiliation.",
        "Mon père est décédé, comment arrêter son forfait mobile ?",
    ),
    (
        "fr",
        "Bonjour, désolés si cela vous a surpris : les photos sont interdites dans nos agences "
        "pour protéger les clients.",
        "Votre collègue m'a interdit de filmer la file !",
    ),
    (
        "en",
        "We know a negative review hurts, but we never take legal action over one.",
        "Will you sue me?",
    ),
    (
        "en",
        "Thanks for flagging this. Please remove the photo, because your policy number and "
        "address are visible in it, then DM us.",
        "Look at the letter you sent me, claim still not paid!",
    ),
    (
        "fr",
        "Nous ne pouvons pas communiquer les coordonnées d'un autre client. Votre réclamation est "
        "bien enregistrée et le responsable vous rappellera demain.",
        "Donnez-moi le nom du client qui m'a embouti sur votre parking !",
    ),
    (
        "en",
        "Losing Sam has been hard for us too. Our thoughts are with you.",
        "Sam from your shop passed away, I'm heartbroken",
    ),
    ("en", "Thanks for the love!", "Love your shop, best coffee in town! #ShopLocal"),
    ("en", "Thanks for your support!", "Congrats on 10 years, you are the best bakery in town!"),
    ("en", "Thanks for your support!", "Thanks for sending my order so fast, great service!"),
    (
        "fr",
        "Merci pour votre soutien !",
        "Bravo pour vos 20 ans, la meilleure boulangerie du quartier !",
    ),
    (
        "fr",
        "Merci à vous !",
        "Merci de m'avoir laissé essayer la robe avant la fermeture, super accueil !",
    ),
    (
        "en",
        "Thanks for the love, Emma! We're so happy you're enjoying your order.",
        "Big thanks to @jufab_80 We apologize to anyone who may have felt upset, that was never "
        "our intention.",
    ),
    (
        "en",
        "Sorry about that: instead of waiting for a callback, you can chat with us now.",
        "My parcel is late.",
    ),
    ("en", "Don't be such a stranger, come back soon!", "Loved my stay."),
    (
        "en",
        "This is the kind of message that keeps us going, thanks Sam 💚",
        "Your app helped me stop throwing food away. Never again!",
    ),
    (
        "en",
        "No apology needed at all! Glad it arrived in time 🎉",
        "Sorry for all my messages yesterday, it arrived and looked great!",
    ),
    (
        "fr",
        "Désolés pour ce retard, et bravo à notre livreur ! Bon week-end",
        "Colis égaré trois jours, retrouvé ce matin. Votre livreur est un héros",
    ),
    (
        "fr",
        "Tu mens ! 😱 Merci, on transmet à la cuisine.",
        "Ma mère italienne dit que votre pizza est la meilleure du quartier",
    ),
    (
        "en",
        "Sorry if you can't read the PDF on your phone, here is a text version of the menu.",
        "Your menu won't open.",
    ),
    (
        "en",
        "Sorry if you had to wait: the queue was long tonight, your table is ready now.",
        "We waited 40 minutes at the door.",
    ),
    (
        "en",
        "You can leave your car in the library car park; it's free after 6pm and two minutes from "
        "the chapel.",
        "Where can visitors park for the funeral service on Friday?",
    ),
    (
        "en",
        "A direct cremation starts at £1,450 and includes the coffin and the certificate. Happy "
        "to go through the options by phone 🙂",
        "How much is a direct cremation with you?",
    ),
    (
        "fr",
        "Le contrat couvre les frais choisis à l'avance, sans frais cachés. Un conseiller peut "
        "vous rappeler quand vous voulez.",
        "Comment marche votre assurance obsèques ?",
    ),
    (
        "fr",
        "Oui, la salle peut accueillir 80 personnes après la cérémonie, avec un buffet sur "
        "demande.",
        "Est-ce que votre salle accueille des repas après des funérailles ?",
    ),
    (
        "en",
        "Thank you, it means a lot to all of us here. We'll make sure her family sees these "
        "messages.",
        "So sorry to hear your head chef passed away. She made the best bread in town.",
    ),
    (
        "fr",
        "Merci beaucoup, votre message nous touche. Nous transmettrons vos mots à sa famille.",
        "Toutes mes condoléances à l'équipe, votre libraire était une femme formidable.",
    ),
    (
        "en",
        "Enjoy the trip! Quick tip: remove the photo of your boarding pass, the barcode holds "
        "your booking reference.",
        "Off to Lisbon with you guys today, here's my boarding pass!",
    ),
    (
        "fr",
        "Bonne rentrée ! Petit conseil : supprimez la photo de votre carte étudiante, votre "
        "numéro y est lisible.",
        "Ma nouvelle carte étudiante est arrivée !",
    ),
    (
        "fr",
        "Merci pour vos mots, ils nous touchent. Nous les transmettrons à ses enfants.",
        "Mme Perrin était toujours souriante au comptoir. Toutes mes condoléances à sa famille.",
    ),
    (
        "en",
        "Thank you for your kind words about Alan. We'll pass them on to his wife.",
        "RIP Alan, he fixed my bike for twenty years. Condolences to the team.",
    ),
    (
        "fr",
        "Nous espérons que vous allez mieux ! Aucun souci pour le retard : écrivez-nous en MP et "
        "on prolonge le délai.",
        "J'ai été opérée la semaine dernière et j'ai raté la date de retour de mon colis…",
    ),
    (
        "en",
        "So sorry for your loss. The least we could do, and we hope these help keep your spirits "
        "up.",
        "Our cat Milo died on Sunday. Thank you for the flowers you sent.",
    ),
    (
        "fr",
        "Bonjour, oui, de 10 h à 18 h le samedi. Bonne journée !",
        "Vous êtes ouverts le samedi ?",
    ),
    (
        "en",
        "Great news, Sam! Your bike was found at the depot and is out for delivery today. Sorry "
        "for the wait.",
        "My parcel has been lost for ten days.",
    ),
    (
        "fr",
        "Bonjour Léa, toutes nos excuses, c'est une erreur de notre part : le prélèvement sera "
        "remboursé sous 5 jours. Merci pour votre patience !",
        "Vous m'avez prélevé deux fois ce mois-ci.",
    ),
    (
        "fr",
        "Haha, on adore l'idée ! Mais on ne sponsorise que les clubs du coin, désolés. Belle fête "
        "!",
        "Vous pouvez sponsoriser mon enterrement de vie de jeune fille ?",
    ),
    (
        "fr",
        "Merci pour votre candidature ! Les réponses partent par courrier d'ici la fin du mois.",
        "J'ai postulé il y a trois semaines, toujours pas de nouvelles ?",
    ),
    (
        "fr",
        "Merci pour votre message. Elle nous manquera à tous, on transmettra à sa famille.",
        "Triste d'apprendre le départ de votre fondatrice, toutes mes condoléances.",
    ),
    (
        "en",
        "Thank you. He will be missed by all of us here.",
        "So sorry to hear Jim passed away, he was the heart of your shop.",
    ),
    (
        "en",
        "Please DM us your policy number and we'll check your claim today.",
        "My claim is taking forever.",
    ),
    (
        "en",
        "We're sorry, that should never have happened. Could you DM us the date and branch so we "
        "can speak to the team today?",
        "Your receptionist shouted at my mother in front of everyone.",
    ),
    (
        "en",
        "Thank you for telling us, Sam. It was a privilege to look after your nan. Thinking of "
        "you all 💙",
        "My nan's funeral was lovely, thank you to all the nurses on ward 5.",
    ),
    (
        "en",
        "This is not correct. The fire is being investigated by the fire service and there is no "
        "sign it was deliberate. We'll post updates here.",
        "They're covering up that the fire at the school was arson!!",
    ),
    (
        "fr",
        "Merci de nous avoir écrit. La situation de votre fille est prise très au sérieux : la "
        "directrice vous appelle demain.",
        "Ma fille se fait harceler tous les jours à la cantine.",
    ),
    (
        "en",
        "Thank you for telling us. You're not alone: the Samaritans answer 24/7 on 116 123, and "
        "our counselling team can see you this week.",
        "I don't know how much longer I can keep going.",
    ),
    (
        "en",
        "Have you tried reading the FAQ? The answer is in section 3.",
        "How do I change my address?",
    ),
    (
        "en",
        "Thank you for your lovely message, we're so glad the cake was a hit! 😊",
        "The cake arrived on time and everyone loved it!",
    ),
    (
        "en",
        "We are so sorry. That should never have happened. Please DM us the date and we'll call "
        "you today.",
        "The taxi came 50 minutes late for my wedding and the driver was rude.",
    ),
    (
        "en",
        "We're so sorry for your loss. Thank you for telling us about her; we'll keep her table "
        "as it was.",
        "She passed last week and this was her favourite café. I sat at her table today.",
    ),
    (
        "fr",
        "Nous ne pouvons pas commenter ici, mais vous pouvez contacter notre service des plaintes "
        ": votre demande sera examinée.",
        "Personne ne m'a rappelé pour mon dossier.",
    ),
    (
        "en",
        "Your comment included someone else's phone number, so it was removed. You can repost it "
        "without the number.",
        "why did you delete my comment",
    ),
    (
        "en",
        "Sorry about that! We've refunded it in full, and there's 20% off your next box on your "
        "account.",
        "Half my veg box was mouldy this week.",
    ),
    (
        "fr",
        "Désolés ! Ce panier vous est intégralement remboursé, et on a ajouté -20 % sur le "
        "prochain.",
        "Mon panier était moisi cette semaine.",
    ),
    ("en", "No problem at all, always happy to help!", "thx for sorting it so quickly"),
    (
        "en",
        "Oh no, that's not good at all. We're sorry, please DM us your order number.",
        "My parcel arrived smashed.",
    ),
    ("fr", "Avec plaisir, bonne soirée à vous !", "Merci pour votre aide, tout remarche"),
    (
        "fr",
        "Merci d'avoir alerté. Les secours sont sur place ; on vous rappelle en privé pour savoir "
        "comment vous allez.",
        "Votre livreur s'est fait renverser devant chez moi, il saigne.",
    ),
    (
        "fr",
        "Chère Madame, toute l'équipe a été très touchée par votre message. Nous gardons un "
        "souvenir chaleureux de votre mari.",
        "Mon mari adorait votre brasserie, il nous a quittés le mois dernier.",
    ),
    (
        "fr",
        "On comprend que ça pique. La hausse finance la navette ; le parking relais est à 3 € "
        "aller-retour.",
        "12 € le parking, c'est du vol.",
    ),
    (
        "fr",
        "Merci du fond du cœur. Jacques faisait partie de la maison depuis 20 ans, il nous manque "
        "énormément.",
        "Toutes mes condoléances pour Jacques, votre serveur.",
    ),
    (
        "en",
        "Guilty as charged 📶 New routers arrive next week; until then the lounge has the best "
        "signal.",
        "Wifi in the rooms is terrible.",
    ),
    (
        "fr",
        "Merci de nous avoir écrit. On pense très fort à toi ; si tu as envie de parler, notre "
        "boîte mail est ouverte.",
        "Je vous écoute pendant mes chimios, c'est dur en ce moment.",
    ),
    (
        "en",
        "We're really glad you told us. If things feel that heavy, please talk to someone today: "
        "Samaritans are free on 116 123.",
        "Honestly there's no point anymore.",
    ),
    (
        "en",
        "We're taking this seriously. We've paused all content with this creator while we look "
        "into it.",
        "Your sponsored streamer used a slur on stream last night.",
    ),
    (
        "en",
        "Hi Jess! It left our warehouse yesterday; you should have it by Thursday. We've DMed you "
        "the tracking link.",
        "Where is my order? It's been a week.",
    ),
    ("en", "So glad you enjoyed it! 😊", "You guys ruined nothing, the party was perfect!"),
]


# Near misses of the slogan, comparison, named-insult, consent, day-promotion, defensive and
# non-apology rules: names, days and legal words used in ordinary ways.
NEAR_MISSES = [
    ("en", "Like Beyoncé, we're dropping something big at midnight. Stay tuned!"),
    ("en", "Our rehab physio team is now taking bookings at the new clinic."),
    ("en", "Is Sam Lee a good fit for your team? Read his interview on our blog."),
    ("en", "Happy Women's Day to the incredible women who run our kitchens!"),
    ("en", "Spike your cold brew with a shot of our vanilla syrup."),
    ("en", "Our team are all Manchester United fans, so tonight's match is a big one."),
    ("en", "Book now for our summer camps: spaces are filling up fast!"),
    ("en", "We believe we handled the launch better this year thanks to your feedback."),
    ("en", "Learn to code before summer with our free evening course."),
    ("en", "Our product complies with all food safety rules, and here is the lab report."),
    (
        "en",
        "Watch the siege of Orleans re-enacted at the castle this Sunday. Tickets 20% off online!",
    ),
    ("en", "Is Netflix a good deal? Compare the plans in our guide."),
    ("en", "No means no: our bar staff completed consent training this month."),
    ("en", "We may have hurt our own sales with this price, but it's worth it!"),
    ("en", "Dear customer, your points are waiting: log in to see them."),
    ("en", "That new short skirt collection just landed, 20% off this week!"),
    ("en", "Remembrance Sunday: our stores will observe two minutes' silence at 11am."),
    ("en", "Our #RIPCurl partnership is back with new boards, shop the range!"),
    ("fr", "Comme Zinedine Zidane, notre équipe ne lâche rien. Rendez-vous samedi !"),
    ("fr", "Comme Léa, adoptez le réflexe vélo pour aller au travail."),
    ("fr", "Kevin est un client fidèle : merci pour ces dix années !"),
    ("fr", "Bonne journée internationale des droits des femmes à toutes nos collaboratrices."),
    ("fr", "Réservez vite vos places pour le concert de Noël !"),
    ("fr", "Nos collaborateurs sont Parisiens à 80 %, et fiers de l'être."),
    (
        "fr",
        "Les féminicides ne sont pas une fatalité : notre fondation soutient trois associations.",
    ),
    ("fr", "Tentez de gagner un week-end à Nice en commentant ce post !"),
    ("fr", "Cette jupe trop courte pour vous ? Notre service retouches l'allonge gratuitement."),
    (
        "fr",
        "Nous regrettons que la livraison ait pu vous déranger si tôt ce matin ; "
        "le transporteur est prévenu.",
    ),
    ("fr", "Notre nouveau service a pu aider 2 000 familles cette année."),
    ("fr", "Petit prix, grand goût : la galette des rois est de retour."),
    (
        "fr",
        "Une minute de silence sera observée dans tous nos magasins à midi en hommage "
        "aux victimes.",
    ),
    ("fr", "Le rageux du jour : notre chat, privé de croquettes pendant une heure 😹"),
    ("fr", "Nous sommes Paris Saint-Germain jusqu'au bout, allez Paris !"),
    ("fr", "La Shoah expliquée aux enfants : notre nouveau livre, en librairie le 12."),
    ("en", "Crunch through the fallen leaves in our new boots, 20% off this week."),
    ("en", "Look it up in our store finder and pop in this weekend!"),
    ("fr", "Nous ne comprenons pas cette réaction de votre box : un technicien passe demain."),
    ("fr", "Retrouvez nos offres d'emploi sur notre site carrière."),
    ("en", "Monday again 🙄 Coffee first, emails later."),
    (
        "en",
        "Free coffee for our fallen-asleep-at-the-desk interns! Just "
        "kidding, it's free for everyone today.",
    ),
    (
        "fr",
        "Un jour sombre pour les moustiques : notre nouvelle lampe "
        "arrive, -15 % avec le code ZZZ15.",
    ),
    ("en", "Happy Mother's Day! A cast iron skillet for mum, 20% off today."),
    ("fr", "La pluie ? On s'en fiche, nos bottes sont étanches !"),
    ("fr", "Un peu d'humour pour bien commencer la semaine 😄"),
    ("en", "We're drowning in orders, thank you all! Shipping may take an extra day."),
    ("fr", "Un fondant noyé de caramel, -20 % ce midi !"),
    ("en", "Mother's Day brunch for her: book now, tables are going fast."),
    ("en", "We regret to announce that the festival is cancelled; all tickets will be refunded."),
    ("fr", "Nous regrettons de vous annoncer la fermeture du magasin de Lille le 30 juin."),
    ("en", "No sense of humour required: our crossword is pure logic."),
    ("en", "Who asked for a second season? You did! It's coming in May."),
    (
        "en",
        "Today we remember the 2,977 lives lost on 9/11. Our offices will "
        "observe a minute's silence at 8:46am.",
    ),
    ("en", "Remembrance Sunday: all our stores will pause for two minutes' silence at 11am."),
    (
        "en",
        "Our thoughts are with everyone affected by the floods in Valencia. We "
        "are donating €50,000 to the Red Cross appeal.",
    ),
    (
        "en",
        "We got it wrong. The ad was insensitive, it has been removed, "
        "and we are sorry to everyone we hurt.",
    ),
    (
        "en",
        "After the storm, our teams are working around the clock to restore "
        "power. Check the outage map for updates.",
    ),
    (
        "en",
        "Breaking: two people have died in a crash on the M6. Avoid the area; "
        "police say delays will last all evening.",
    ),
    (
        "en",
        "Join us on Saturday for our charity run in memory of Dan, who died of "
        "cancer last year. All proceeds go to the hospice.",
    ),
    (
        "en",
        "New episode: how the 2004 tsunami changed early-warning "
        "systems. Listen now on all platforms.",
    ),
    ("en", "Our spring collection is here, 20% off for members this weekend only!"),
    ("en", "Happy Pride! This month we're donating 10% of sales to LGBTQ+ youth charities."),
    ("en", "We are deeply saddened by the passing of our founder, Margaret Hill. Rest in peace."),
    ("en", "Black Friday deals are live: up to 50% off laptops!"),
    (
        "en",
        "Stay safe during the heatwave: drink water, check on elderly "
        "neighbours, and avoid the midday sun.",
    ),
    (
        "en",
        "It's Holocaust Memorial Day. We're sharing the story of Lily Ebert, "
        "who survived Auschwitz, in her own words.",
    ),
    ("en", "Cheers to the weekend! Our new IPA is on tap now 🍺"),
    ("en", "Our killer new feature: dark mode is finally here!"),
    ("en", "Is Jamie a genius? He built our new app in a week. Read his story."),
    (
        "en",
        "Like Taylor Swift, we're going on tour: catch our food truck in 12 cities this summer!",
    ),
    (
        "fr",
        "Nous rendons hommage aux victimes des attentats du 13 novembre. Une "
        "minute de silence sera observée dans nos bureaux.",
    ),
    (
        "fr",
        "Nos pensées accompagnent les habitants touchés par les inondations. Nos "
        "équipes sont sur place pour rétablir l'électricité.",
    ),
    (
        "fr",
        "Nous avons eu tort. Cette publicité était déplacée : elle est retirée et nous présentons "
        "nos excuses à toutes celles et ceux que nous avons blessés.",
    ),
    (
        "fr",
        "Le Stade Brestois adresse ses sincères condoléances à la "
        "famille de notre ancien président.",
    ),
    ("fr", "Soldes d'hiver : jusqu'à -50 % sur toute la boutique dès mercredi !"),
    (
        "fr",
        "Canicule : pensez à boire régulièrement et à prendre des nouvelles de vos proches âgés.",
    ),
    (
        "fr",
        "Nouvel épisode de notre podcast : comment le naufrage du "
        "Titanic a changé la sécurité en mer.",
    ),
    (
        "fr",
        "Journée internationale des droits des femmes : découvrez les parcours de nos ingénieures.",
    ),
    ("fr", "Notre nouvelle collection arrive en boutique samedi, venez la découvrir !"),
    (
        "fr",
        "Trafic perturbé sur la ligne 4 suite à un accident grave de "
        "personne. Reprise estimée à 18 h.",
    ),
    ("fr", "Ce burger, c'est une tuerie ! Venez le goûter ce midi."),
    ("fr", "Comme Astérix, on tombe dans la marmite de chocolat tous les matins 🍫"),
    (
        "fr",
        "Bravo aux Bleus pour cette victoire ! Ce soir, c'est apéro offert dans tous nos bars 🍻",
    ),
    ("fr", "Nous sommes Paris : notre boulangerie fête ses 100 ans dans le 11e !"),
    (
        "fr",
        "Les victimes de la route ne sont pas une fatalité : notre "
        "campagne de prévention démarre aujourd'hui.",
    ),
    ("fr", "Le 11 novembre, nos magasins seront ouverts de 10 h à 19 h."),
    ("fr", "Jeu concours : tentez de gagner un vélo électrique en commentant ce post !"),
    ("fr", "Notre fondation soutient les familles de victimes de féminicides depuis 2019."),
    ("en", "After the floods, our prices on bottled water are capped for the region."),
    ("en", "Storm Ciarán: our Cornwall stores are closed today; online deals continue as normal."),
    (
        "fr",
        "Après les inondations, l'eau en bouteille est vendue à prix "
        "coûtant dans nos magasins de la région.",
    ),
    (
        "en",
        "We got this badly wrong. The post made light of a tragedy, "
        "it is deleted, and we are sorry.",
    ),
    (
        "en",
        "I am so sorry. I published that tweet without checking what "
        "the hashtag was about. That is on me.",
    ),
    (
        "en",
        "We apologise unreservedly for yesterday's post. It was offensive, "
        "and we have paused all scheduled content.",
    ),
    ("en", "No excuses: our ad was racist. We've pulled it and are reviewing how it was approved."),
    (
        "en",
        "We're sorry that our post caused so much hurt. It was wrong, "
        "and we take full responsibility.",
    ),
    (
        "en",
        "Our intention doesn't matter; the impact does. We're sorry, and we're "
        "donating the campaign budget to the shelter.",
    ),
    ("en", "To everyone we hurt with yesterday's joke: we were wrong and we apologise."),
    ("en", "Thank you for calling this out. You were right, and the post is gone."),
    (
        "en",
        "We understand your frustration. We're refunding the fee and "
        "changing the policy from Monday.",
    ),
    (
        "en",
        "We regret to inform you that the event is postponed; tickets "
        "will be refunded automatically.",
    ),
    (
        "fr",
        "Nous nous sommes trompés. Ce message était blessant, il est "
        "supprimé et nous vous présentons nos excuses.",
    ),
    (
        "fr",
        "Aucune excuse : ce visuel était sexiste. Nous l'avons retiré et "
        "revoyons notre processus de validation.",
    ),
    ("fr", "Pardon à toutes celles et ceux que nous avons blessés. Nous avons eu tort."),
    ("fr", "Merci de nous l'avoir signalé : vous aviez raison, la publication est retirée."),
    (
        "fr",
        "Nous comprenons votre colère. Le remboursement est lancé et la règle change dès lundi.",
    ),
    (
        "fr",
        "Nous regrettons sincèrement cette publication, qui était déplacée. "
        "Nous en assumons l'entière responsabilité.",
    ),
    ("fr", "Nous sommes désolés : notre tweet était maladroit et blessant. Il est supprimé."),
    ("fr", "Notre intention importe peu : le résultat était blessant. Nous nous excusons."),
    (
        "fr",
        "Nous avons le regret de vous annoncer le report du festival "
        "; les billets seront remboursés.",
    ),
    (
        "fr",
        "Nous regrettons l'erreur de prix sur le site : toutes les "
        "commandes passées seront honorées.",
    ),
    # near misses of tone.race.whitening, tone.insult.verdict, crisis.live-retelling
    ("en", "Stubborn mould in the shower? A capful of bleach in warm water does the trick."),
    ("en", "Our new foundation comes in 40 shades, from the fairest skin to the deepest."),
    ("en", "Teeth whitening kits are back in stock, with a free shade guide."),
    ("fr", "Javel ou vinaigre blanc : lequel choisir pour détartrer la douche ?"),
    (
        "fr",
        "Notre fond de teint existe en 40 teintes, des peaux les plus claires aux plus foncées.",
    ),
    (
        "en",
        "Unacceptable and shameful. Racist abuse of our players will be reported to the police.",
    ),
    ("en", "Clueless about which router to pick? Our comparison guide helps."),
    ("fr", "Inadmissible et honteux. Les insultes racistes visant nos joueurs seront signalées."),
    ("fr", "Ridicule ? Non : délicieux. Notre tarte au maroilles revient."),
    ("en", "21:00 - Doors open. Headliners on stage at 22:30, last train at 00:40."),
    ("en", "Twenty years ago today, at 8:46, the first plane hit the North Tower. We remember."),
    ("fr", "20h45 : coup d'envoi ! Suivez le match en direct sur notre appli."),
    ("fr", "Il y a dix ans, à 21h20, une première explosion retentissait. Nous nous souvenons."),
    ("en", "Like Serena Williams, we believe rest is part of training."),
    ("fr", "Comme Michelin, nous réduisons notre consommation d'eau de 30 % cette année."),
    # near misses of the fourth sweep's classes
    ("en", "Thousands of customers have already switched to our new app. Join them today."),
    ("en", "Call our shop on 0161 496 0000, Monday to Saturday."),
    ("fr", "Appelez notre boutique au 04 78 12 34 56 du lundi au samedi."),
    ("en", "Our new cider comes in packs of four cans."),
    ("fr", "Un troisième verre offert pour deux achetés au bar de la plage ?"),
    ("en", "Eat less sugar without noticing: five swaps from our nutritionist."),
    ("en", "The flu vaccine protects against the flu. Book your jab at any of our pharmacies."),
    ("fr", "Le vaccin protège contre la grippe : rendez-vous dans votre pharmacie."),
    ("en", "Prices falling this week on drones, cameras and bridge sets."),
    ("fr", "Nos prix baissent sur toutes les maquettes d'avion et de bateau."),
    ("en", "Ladies' night on Friday: cocktails, music and a free photo booth."),
    ("fr", "Mesdames, messieurs, le spectacle commence dans dix minutes."),
    ("en", "Cinco de Mayo menu: tacos al pastor, elote and fresh horchata."),
    ("fr", "Nous prenons acte de la décision du tribunal et la respecterons."),
    # near misses of the fifth sweep's classes
    ("en", "Refugees who want to go home after the war can ask our legal clinic for help."),
    ("fr", "Une vague de solidarité : 800 familles de réfugiés accueillies cette année."),
    (
        "en",
        "Rest in peace, Joan. Our bakers are collecting for her family all week: "
        "donate at the till.",
    ),
    ("fr", "Pensées pour les familles. Nos restaurants resteront fermés ce midi."),
    ("en", "Thanks to the 4,000 people who came to the open day!"),
    ("fr", "Merci aux 2 000 personnes qui ont participé à notre enquête."),
    ("en", "Thank you for being so patient during the outage."),
    ("fr", "Merci d'être aussi nombreux à nous suivre !"),
    # near misses of the sixth sweep's classes
    ("en", "Memorial Day weekend: our stores open at 10. Thank you to all who served."),
    ("en", "We take pride in every loaf: 20% off sourdough this weekend."),
    ("fr", "Le 11 novembre, nous rendons hommage aux soldats morts pour la France."),
    ("en", "Ready to jump off the bridge? Bungee season opens on Saturday."),
    ("en", "Created by our design team, the new range lands on Friday."),
    ("fr", "Cette campagne a été conçue par l'agence Rivage, que nous remercions."),
    ("en", "Our new campaign was created by our agency, Northlight. Watch it here."),
    ("en", "No photo on this page may be reproduced without our approval."),
    ("en", "Closing-down sale: everything 50% off until the end of the month."),
    # near misses of the seventh sweep's classes
    ("en", "Beat your personal best: our spring 10k is open for entries."),
    ("fr", "Violences conjugales : lever la main sur sa compagne est un délit. Appelez le 3919."),
    ("en", "You're fat-free and full of flavour: meet our new yoghurt."),
    ("fr", "Un cadeau pour elle ? Nos parfums et nos bijoux sont en boutique."),
    ("en", "Women's running shoes: 30% off this weekend."),
    # near misses of the eighth sweep's classes
    ("en", "Test your knowledge: our spring quiz is live!"),
    ("fr", "Ceci est un test de notre nouveau format vidéo : dites-nous ce que vous en pensez !"),
    ("en", "Our volunteers run the kitchen at the refugee camp near the border."),
    ("fr", "Encore un expert en pâtisserie qui rejoint notre équipe : bienvenue à Hugo !"),
    # near misses of the ninth sweep's classes
    ("en", "Women's Day: 30% of our engineers are women, and we want 50% by 2030. #IWD"),
    ("en", "Most of our customers manage their orders in the app. Here's how."),
    (
        "fr",
        "Journée des droits des femmes : 12,5 % d'écart de salaire chez nous, "
        "voici notre plan. #8mars",
    ),
    # near misses of the tenth sweep's classes
    (
        "fr",
        "Bouleversés par l'attentat d'hier soir. Des services de soutien psychologique "
        "sont offerts à tous les étudiants.",
    ),
    ("en", "Our savage garden tour: carnivorous plants from five continents."),
    ("fr", "Sauvage, notre nouveau parfum boisé, est disponible en boutique."),
    # near misses of the eleventh sweep's classes
    ("fr", "Marie nous a quittés pour la Bretagne : bonne route, et merci pour tout !"),
    ("en", "Our new ice cream flavour lands on Friday: salted caramel."),
    ("fr", "Tapette à mouches offerte pour tout achat d'une moustiquaire."),
    ("en", "Reading is a gift: our summer book club starts on Monday."),
    # near misses of the twelfth sweep's classes
    ("fr", "Même les réfugiés arrivés cette année peuvent s'inscrire à nos cours de français."),
    ("en", "Use code SPRING20 for 20% off raincoats this week."),
    ("en", "Sent by our new trainee chef: the autumn menu is here!"),
    ("en", "We will remember them: our stores fall silent at 11am this Remembrance Sunday."),
    ("fr", "Ce chat a plus de goût que nous : il a choisi la nouvelle recette tout seul 🐱"),
    ("en", "Got questions about our special needs swim sessions? They run every Sunday."),
    ("en", "Call us on 0800 123 4567 to book your flu jab, no appointment needed on Fridays."),
    # a museum's new exhibition about a war is history told, not a launch on the news
    (
        "en",
        "On this day in 1916 the Battle of the Somme began; 19,000 soldiers were killed on the "
        "first day. Our new exhibition shares their letters. Free entry.",
    ),
    ("fr", "Des courbatures de malade après la séance ? Étirez-vous et hydratez-vous bien !"),
    ("en", "Never post your password here: use the secure form on our login page instead."),
    # the twenty-second sweep's near misses: the same days and news, done right
    ("fr", "Octobre rose : dépistage gratuit dans nos pharmacies tout le mois, sans rendez-vous."),
    ("fr", "Grève SNCF jeudi : nos boutiques de gare ouvrent à 10 h, pensez au covoiturage."),
    ("en", "Black History Month: meet the three founders who built our neighbourhood market."),
    ("en", "Happy Hanukkah to everyone celebrating! Our stores close early on Friday."),
    ("fr", "Ramadan Moubarak ! Pendant le mois, nous ouvrons jusqu'à 1 h du matin."),
    # the twentieth sweep's ordinary posts: boots, fraud, fireworks, a shop's own phone number
    ("en", "Bring your shooting boots to Saturday's five-a-side, the pitch is booked!"),
    ("fr", "Arnaques au faux conseiller : ensemble, faisons barrage à la fraude !"),
    ("fr", "Bonne fête nationale ! Profitez bien des feux d'artifice et soyez prudents ce soir."),
    ("fr", "Notre maquis fête ses 10 ans samedi ! Réservations au 07 07 12 34 56."),
    (
        "en",
        "Our hearts are with everyone facing the fires. We're donating $2 from every sale "
        "this week to the fire service. Stay safe.",
    ),
    (
        "en",
        "Thinking of everyone hit by the flooding. Our stores are open as collection points "
        "for bottled water and blankets.",
    ),
    # a shop named as a place under a tragedy tag is not a sale
    (
        "en",
        "Thinking of everyone in Dunmore. Our store on Bridge Street is open tonight as a "
        "warm shelter. #PrayForDunmore",
    ),
    ("fr", "Nos boutiques de Valence restent fermées aujourd'hui. #InondationsDrôme"),
    # demonyms, fasts and « le seul » used warmly or neutrally
    ("fr", "Nos amis belges sont les premiers clients de notre boutique de Lille, merci !"),
    ("fr", "Horaires du ramadan : nos agences ferment à 16 h et rouvrent après le ftour."),
    ("fr", "Vous êtes le seul à pouvoir choisir votre parcours : inscriptions jusqu'au 30."),
    ("en", "You're the only one who knows your style: book a free session with our stylists."),
    ("fr", "Nous prenons acte de la décision du tribunal et continuerons d'informer nos clients."),
    # an appeal's donation link and a ceremony's « vin d'honneur » are not plugs
    (
        "en",
        "The floods have left hundreds of families homeless. £20 buys a hygiene kit: "
        "please donate, link in bio.",
    ),
    (
        "fr",
        "Ce 8 mai, nous rendons hommage aux soldats morts pour la France. Cérémonie à 11 h, "
        "suivie d'un vin d'honneur en mairie.",
    ),
    ("en", "Our flu vaccine clinic is open: book your jab, no appointment needed on Saturdays."),
    ("en", "Now hiring: kitchen porters and line cooks, all ages welcome. Apply in store."),
    ("fr", "Lyon : un homme mis en examen pour le féminicide de son ex-compagne."),
    # help offered after a tragedy is not a promotion (« offert » to the people hit by it)
    ("fr", "Hommage aux victimes : repas offerts aux secouristes toute la semaine."),
    (
        "fr",
        "Journée internationale des droits des femmes : consultations juridiques offertes "
        "aux victimes de violences, au 3919.",
    ),
    ("fr", "Après l'incendie, nuitées offertes aux familles sinistrées dans nos hôtels."),
    # the well-told versions of hard moments (twenty-eighth sweep)
    (
        "en",
        "Today we told 120 colleagues their roles will close in March. Each will get six "
        "months' pay and help finding work.",
    ),
    (
        "fr",
        "Nous avons annoncé ce matin la fermeture du site de Vierzon. Chaque salarié sera reçu "
        "individuellement cette semaine.",
    ),
    ("en", "Good news: the restructuring is off and there will be no redundancies this year."),
    (
        "en",
        "Data breach: names, e-mail addresses and order histories of 40,000 customers were "
        "copied. Change your password and call 0800 111 222 with any question.",
    ),
    (
        "fr",
        "Fuite de données : les adresses e-mail de 3 000 clients ont été copiées. Voici les "
        "gestes à faire et notre ligne dédiée.",
    ),
    ("en", "Only a small number of seats left for the Christmas concert, book now!"),
    ("fr", "Rassurez-vous, la boutique reste ouverte pendant les travaux."),
    (
        "en",
        "Our colleague Priya died after an accident at the Hull site on Tuesday. We are with "
        "her family, and the site stays closed while investigators work.",
    ),
    (
        "en",
        "We've seen the video from our Bristol store. The employee has been suspended while we "
        "investigate, and we have called the customer to apologise.",
    ),
    (
        "fr",
        "Grève ce jeudi : 1 train sur 3 circulera. Retrouvez les horaires et vos droits au "
        "remboursement sur notre site.",
    ),
    (
        "en",
        "Evacuees from the wildfire can get free hot meals at all our stores along the highway.",
    ),
    (
        "fr",
        "Nos magasins de Bruxelles restent ouverts pour toute personne qui a besoin d'un abri "
        "ou d'un café. Pensées aux victimes.",
    ),
    ("en", "Our new range plays like a dream: try it at the club shop."),
    ("fr", "Ramadan Moubarak ! Nos agences ferment à 16 h pendant le mois sacré."),
    ("en", "Caption this! Best answer wins a free coffee ☕"),
    ("fr", "Mongolie : notre guide du barbecue mongol est en ligne."),
    (
        "en",
        "From 1 April your plan goes from £28 to £33 a month. We know this isn't good news: you "
        "can cancel free of charge until 31 March.",
    ),
    (
        "fr",
        "Bonne nouvelle : votre forfait passe à 9,99 € par mois au lieu de 12,99 €, c'est moins "
        "cher et sans engagement.",
    ),
    # recalls with batch codes, fair banter, help for flooded towns, a product called Storm
    (
        "en",
        "Out of an abundance of caution we're recalling a limited number of jars of our peanut "
        "butter (batch codes 2201 and 2202). Do not eat it; return it for a refund.",
    ),
    (
        "fr",
        "Rappel conso : un nombre limité de lots de notre fromage blanc (lots 1123 et 1124) "
        "peut contenir des listeria. Ne pas consommer, remboursement en magasin.",
    ),
    (
        "en",
        "We're saying goodbye to 40 colleagues this month. Each gets 12 weeks' pay, health "
        "cover to June and help finding new roles. Thank you all.",
    ),
    ("en", "You won't believe how soft this jumper is 😱"),
    ("fr", "Pas sponso, juste un resto qu'on adore à Lille 🍝"),
    ("en", "Their keeper made a brilliant save 😂 what a game!"),
    (
        "fr",
        "Inondations : pour nos abonnés des communes sinistrées, appels illimités offerts "
        "jusqu'à fin mars.",
    ),
    ("en", "Storm Trooper costumes are back in stock: 20% off this weekend!"),
    ("en", "Good luck to our women's team at 3pm, come and cheer them on!"),
    ("fr", "Nos joueuses africaines ont brillé ce soir, bravo à toute l'équipe !"),
    ("en", "Did you know you can track your parcel in our app? Download it free today."),
    ("fr", "Horaires de la déchetterie : informez-vous auprès de votre mairie."),
    ("fr", "Bon vent à Léa qui quitte l'équipe pour de nouvelles aventures !"),
    ("en", "Don't let the rain stop you: our covered market is open until 6pm."),
    ("en", "Make coffee at home like a pro: our barista class is on Saturday."),
    ("fr", "Maraude ce soir : repas chauds et couvertures pour les sans-abri du centre-ville."),
    ("fr", "Le parc est enfin propre après la journée citoyenne, merci aux bénévoles !"),
    ("en", "Our soup kitchen serves hot meals to rough sleepers every night this winter."),
    (
        "fr",
        "Nous recrutons un(e) vendeur(se), débutant accepté, tous âges bienvenus. CV en boutique.",
    ),
    ("fr", "Stage photo : apportez votre appareil, photo de groupe obligatoire à la fin 😄"),
    ("fr", "Le drame de Molière au théâtre municipal samedi : réservez vos places !"),
    ("en", "Two-bed flat near the station, families and students welcome, pets considered."),
    (
        "en",
        "Do you recognise this man? Officers want to speak to him: call 101 quoting crime ref "
        "4471.",
    ),
    (
        "en",
        "The dawn service starts at 5.30am. Tea and coffee afterwards, free for everyone who "
        "attends. Lest we forget.",
    ),
    ("en", "Grab a $5 coffee and a muffin every weekday morning this month ☕"),
    ("en", "Our wedding barn welcomes every couple: book a viewing for 2026."),
    (
        "en",
        "Product recall ⚠️ Do not eat our oat bars, batch L2231: return them for a full refund. "
        "We're sorry.",
    ),
    ("fr", "⚠️ Rappel conso : rillettes lot 24-118, ne pas consommer, remboursement en magasin."),
    (
        "en",
        "Our new tablet has big icons and a loud speaker, made with our older customers' feedback.",
    ),
    ("fr", "Tapette à mouches offerte pour tout achat ce week-end !"),
    ("en", "Sure thing: here's our spring menu, out Friday 🌸"),
    (
        "en",
        "Recall: do not eat our peanut butter, batch L2341; return it for a refund. We apologise "
        "for any concern this causes.",
    ),
    ("fr", "Nos packs merguez à 9,99 € sont de retour pour vos barbecues ! 🔥"),
    ("en", "That sounds awful weather for a picnic: bring a brolly!"),
    ("fr", "Soirée de l'Aïd : couscous offert aux bénévoles de l'association 🌙"),
    ("en", "Working Sunday? Our café opens at 8 for early starters ☕"),
    (
        "fr",
        "Rappel conso : nos yaourts (lot 4412) peuvent contenir des listeria. Ne pas consommer. "
        "Remboursement en magasin.",
    ),
    (
        "fr",
        "Journée mondiale de lutte contre le sida : dépistage gratuit et anonyme. "
        "Informez-vous, faites-vous dépister !",
    ),
    ("fr", "Nos boutiques sont joignables au 01 45 22 30 10 du lundi au samedi."),
    ("en", "We don't serve breakfast after 11, but brunch runs all day on Sundays ☕"),
    ("fr", "Nos nouvelles chaussettes rayées sont arrivées 🧦"),
    ("en", "Our chili is the bomb 🌶️ Come try it at the food festival!"),
    ("en", "Boarding now at Gate 12: have a great flight, everyone ✈️"),
    ("fr", "Dimanche, c'est le second tour : pensez à vous munir de votre carte d'électeur 🗳️"),
    ("en", "[Photo: our team at the charity run] Thank you to everyone who donated!"),
    ("en", "Our new crisps are flying off the shelves 😂 grab a bag before they're gone!"),
    (
        "en",
        "Recall: lot 552 of our baby puree may contain listeria. Do not feed it to your "
        "child; bring it back for a full refund.",
    ),
    (
        "en",
        "After the flood, our café reopens! Thanks to every neighbour who helped: a free "
        "coffee for each of you this week.",
    ),
    (
        "fr",
        "Après trois semaines de travaux suite à l'incendie, la boulangerie rouvre ! Merci "
        "aux voisins : une viennoiserie offerte à chacun cette semaine.",
    ),
    ("fr", "« Le pain, c'est d'abord la patience », dit celle qui a ouvert la boutique en 1987."),
    ("en", '"Best loaf in town," says the guy who bakes it at 4am every day.'),
    (
        "en",
        "Real men wear pink: our breast cancer awareness tees are in store, all profits donated.",
    ),
    ("en", "Our Chinese New Year menu is here: dumplings, noodles and a dog-friendly terrace!"),
    ("fr", "Les Restos du Cœur collectent dans notre magasin samedi : merci pour vos dons !"),
    ("fr", "Votez pour Léa Martin, notre boulangère de l'année ! Le concours ferme dimanche."),
    ("en", "Show us your best pumpkin pie with #PieWeek, we'll repost our favourites."),
    ("fr", "Montrez-nous votre plus beau sapin avec #SapinMaison, on repartage vendredi !"),
    (
        "en",
        "The river burst its banks overnight. Our Mill Lane shop is closed; stay safe and "
        "avoid the towpath.",
    ),
    ("fr", "Tapette à souris en promo : -20 % cette semaine !"),
    ("en", "Our kids' running club: no need to be fast to join, just bring trainers!"),
    # Close to held-out set 46's classes, and fine.
    ("fr", "Menus à 12 € ce midi au restaurant du port !"),
    (
        "fr",
        "Le conflit s'enflamme sur les réseaux : nos conseils pour garder son calme en famille.",
    ),
    ("fr", "Fermeture de la piscine du 2 au 9 août pour vidange. Merci de votre compréhension."),
    ("fr", "Spécial Ramadan : nos pâtisseries orientales pour l'iftar, dès 19 h 😋"),
    ("fr", "Les Alcooliques anonymes se réunissent dans notre salle chaque mardi à 19 h."),
    (
        "fr",
        "Notre agence de la rue Nationale fermera le 3 mai ; l'agence la plus proche "
        "est place Carnot.",
    ),
    ("en", "Tissues are half price this week for hay-fever season."),
    (
        "fr",
        "Journée mondiale de l'autisme : nos équipes sont formées à l'accueil des "
        "enfants autistes.",
    ),
    # Close to held-out set 45's classes, and fine.
    ("fr", "Amarrez votre bateau à la bitte du quai, le port est ouvert."),
    ("en", "Sunset at the harbour, no filter 🌅 Link in bio for our opening hours. @HarbourCafe"),
    (
        "en",
        "Election day: polling stations are open until 10pm. Our café closes at 6 so "
        "the team can vote.",
    ),
    (
        "fr",
        "Dimanche, second tour : les bureaux de vote ferment à 20 h. Pensez à votre "
        "pièce d'identité.",
    ),
    ("en", "#WorldMentalHealthDay: talk to someone. Our helpline is free and open 24/7."),
    ("en", "Keep one hand on the rail when using the escalators, thank you."),
    ("fr", "Note : la boutique ferme exceptionnellement à 17 h samedi."),
    ("en", "Grab your caffeine fix: flat whites are back on the menu!"),
    # Close to held-out set 48's classes, and fine.
    (
        "en",
        "My code review skills improved a lot this year, thanks to the team!",
    ),
    (
        "en",
        "Our membership goes from strength to strength: 2,000 members this year!",
    ),
    (
        "fr",
        "Grève ce jeudi : 1 train sur 2, consultez les horaires sur l'appli.",
    ),
    (
        "en",
        "The crash course in pastry starts Monday: 10% off for students.",
    ),
    (
        "fr",
        "Ramadan Moubarak à toutes celles et ceux qui le célèbrent 🌙",
    ),
    (
        "en",
        "To the lady who found our lost cat: thank you so much! 😂 He's home "
        "and very proud of himself.",
    ),
    # Close to held-out set 49's classes, and fine.
    (
        "en",
        "Easter service at 10am. Coffee for £2 after mass in the hall.",
    ),
    (
        "fr",
        "Je ne changerais de banque pour rien au monde : merci à mon conseiller !",
    ),
    (
        "en",
        "No means no. Our staff are trained to step in: tell any of us if you feel unsafe.",
    ),
    (
        "fr",
        "Notre match contre Lens : rappel des règles du hors-jeu pour les nouveaux venus !",
    ),
    (
        "fr",
        "Ce burger tue, franchement. Merci au chef !",
    ),
    # Close to held-out set 51's classes, and fine.
    (
        "en",
        "Our 30-day money-back guarantee means you can return it, no questions asked.",
    ),
    (
        "fr",
        "Notre forfait reste à 19,99 € par mois, sans engagement.",
    ),
    (
        "en",
        "Please read the manual before first use: the kettle must be filled above the MIN line.",
    ),
    (
        "fr",
        "Découvrez nos nouveautés en story 📸 ! Code PRINTEMPS10 sur le site.",
    ),
    # Close to held-out set 44's classes, and fine.
    ("en", "We donated 300 coats to the refugee shelter this week. Thank you for your gifts."),
    ("fr", "Nous avons offert 300 manteaux au centre d'accueil des réfugiés, merci !"),
    ("en", "Our new film RIOT premieres on Friday. Tickets from £8."),
    ("en", "The Plague by Camus is 20% off this week in our bookshop."),
    ("en", "Shout-out to the man who bought twelve eclairs this morning 😂 hope the party rocked!"),
    ("en", "To the customer who left a lovely review yesterday: thank you 😂 you made Sam blush!"),
    ("fr", "À la cliente qui a laissé un si gentil avis hier : merci, vous nous avez fait rire 😂"),
    ("en", "If you want cheap and cheerful, our set lunch is £9 all week."),
    (
        "en",
        "Please check with your GP before starting a new supplement (check with a pharmacist too).",
    ),
    ("fr", "Retrait des colis à l'accueil (voir avec votre conseiller pour les horaires)."),
    ("en", "Our founder swears by it: code SPRING20 for 20% off our new balm. @NorthGlowStores"),
    ("en", "It's not complicated: fill in the form and we do the rest."),
    ("fr", "Ce n'est pas compliqué : remplissez le formulaire, on s'occupe du reste."),
    ("en", "Little princesses and future engineers alike will love our new science kit."),
    ("fr", "Nos petites princesses et nos futurs ingénieurs adorent ce kit de sciences !"),
    (
        "en",
        "Local news: a knife attack near the market left 2 injured. Police are appealing for help.",
    ),
    ("fr", "Attaque au couteau près du marché : 2 blessés. Un appel à témoins est lancé."),
    ("en", "Our café au lait is back: £2 only on Mondays!"),
    ("en", "Consent matters: when she says no, it means no. Our staff are trained to step in."),
    ("en", "She said no to plastic straws, so we listened: paper ones in every store from Monday."),
    ("fr", "Quand elle a dit non au plastique, on a suivi : gourdes offertes à la caisse."),
    (
        "en",
        (
            "Our new knife set makes Sunday lunch easy, and your family will stop asking when "
            "dinner is ready."
        ),
    ),
    ("fr", "Madame parle trop fort au téléphone ? Nos casques antibruit sont à -20 %."),
    ("en", "Our setup is idiot-proof: plug it in, wait for the green light, done."),
    ("fr", "Journée mondiale de l'autisme : nos magasins proposent une heure calme chaque mardi."),
    ("fr", "Mamie a 90 ans aujourd'hui et elle a toujours le meilleur rire du quartier ❤️"),
    ("en", "Real men cry too. This Men's Health Week, talk to someone."),
    ("fr", "Nos salades sont pour tout le monde : filles, garçons, parents pressés 🥗"),
    ("en", "Our French tutors will make sure you understand what they're saying by week three."),
    ("fr", "Ce fromage rendrait jaloux n'importe quel Normand 🧀"),
    ("fr", "Semaine de la culture rom : concerts de musique manouche gratuits au parc."),
    (
        "en",
        (
            "This winter we're opening our doors to people sleeping rough: hot meals every night "
            "from 7pm."
        ),
    ),
    ("fr", "Vos dons permettent aux sans-abris de se payer une nuit au chaud : merci ❤️"),
    ("en", "Tired of being the last one to know? Turn on notifications for our flash sales."),
    ("fr", "Marre d'être le dernier informé ? Activez les notifications."),
    ("en", "Polls are open until 10pm. Whoever you vote for, go vote!"),
    ("fr", "Ceux qui votent par procuration : pensez à passer au commissariat avant jeudi."),
    ("en", "Rail strike on Thursday: our shuttle buses run as normal and tickets stay valid."),
    (
        "fr",
        "Grève des transports jeudi : nos agences restent ouvertes, prenez rendez-vous en ligne.",
    ),
    ("fr", "Octobre rose : renseignez-vous auprès de votre médecin sur le dépistage."),
    (
        "en",
        (
            "The mayor's comments caused a controversy this week; here is what our council "
            "actually "
            "decided."
        ),
    ),
    ("en", "Internal promotions are open to all staff: apply before Friday."),
    ("en", "Don't post your ticket barcode online: anyone could copy it."),
    (
        "fr",
        (
            "Ne pas publier vos données bancaires sur les réseaux : notre équipe ne vous les "
            "demandera jamais."
        ),
    ),
    ("en", "Our founders (Tom and Ana) opened the first shop in 2009."),
    ("fr", "Notre équipe (Julie, Karim et Paul) vous accueille dès 9 h."),
    ("en", "The best pizza we've ever made? You tell us. New menu out Friday."),
    ("en", "Our band got dumped from the festival line-up by the rain, so the gig moves indoors!"),
    ("fr", "Ma belle-mère passe dîner ? Notre plateau de fromages fait toujours plaisir."),
    (
        "en",
        "Dry January tip: it's not about willpower, it's about swaps. Try our alcohol-free range.",
    ),
    (
        "fr",
        "L'alcoolisme est une maladie : si vous avez besoin d'aide, appelez Alcool Info Service.",
    ),
    ("fr", "Vacances à moitié prix pour les soignants cet été, merci pour tout ❤️"),
    ("en", "Our thoughts are with everyone in Kyiv tonight. We have paused all campaigns."),
    (
        "fr",
        (
            "Le virus de la grippe circule : pensez au vaccin, disponible sans rendez-vous en "
            "pharmacie."
        ),
    ),
    ("en", "Our quiz team got massacred by the library staff last night. Rematch Friday 😅"),
    ("fr", "Crash-test réussi pour notre nouvelle poussette : 5 étoiles aux essais indépendants."),
    ("en", "Our Stormtroopers figurines are back in stock, 2 for £30 this weekend."),
    (
        "en",
        "Storm Henk is due tonight: our stores close at 5pm, stay safe and check the Met Office.",
    ),
    ("fr", "Tempête Alex : nos agences de la côte restent fermées demain, prenez soin de vous."),
    ("en", "Remembrance Sunday: our cafés will pause for two minutes' silence at 11am."),
    ("en", "Fresh doughnuts, 3 for £2 every Saturday morning 🍩"),
    ("fr", "Ça fait 10 ans que vous nous faites confiance : merci ❤️"),
    (
        "en",
        "Our new range is not for everyone, and that's fine: find your shade in our 40-tone guide.",
    ),
    ("fr", "Mois sans alcool ? On vous soutient : découvrez nos cocktails sans alcool 🍹"),
    ("en", "Dry January? We've got you: ten alcohol-free beers on tap all month."),
    (
        "en",
        (
            "Domestic abuse is never a joke. If you need a restraining order, our legal clinic can "
            "help."
        ),
    ),
    (
        "fr",
        (
            "Maraude ce soir : repas chauds et duvets pour les sans-abris du quartier. Merci aux "
            "bénévoles ❤️"
        ),
    ),
    ("en", "The Blitz exhibition opens Saturday: eighty years on, Londoners tell their stories."),
    ("fr", "Bombardement de saveurs ! Notre nouveau piment arrive vendredi 🌶️"),
    ("en", "A warm welcome to our new colleagues from Lyon, who join our Dublin team today!"),
    ("fr", "Journée de la laïcité : nos écoles accueillent une exposition sur la loi de 1905."),
    (
        "en",
        (
            "Mental Health Awareness Week: if you are struggling, Samaritans are there 24/7 on 116 "
            "123."
        ),
    ),
    ("en", "Fruity and fresh 🌈 our new summer smoothies are here!"),
    ("fr", "Fiers de soutenir la Marche des fiertés 🏳️‍🌈 Notre équipe défile samedi !"),
    ("en", "Real men wear what they like 💅 Our nail studio welcomes everyone."),
    ("en", "Whale-watching season is here 🐋 Book your boat trip from the harbour."),
    ("fr", "Bouée, crème solaire et goûter : la liste de la plage est prête 🏖️"),
    ("en", "Our charity shop volunteers raised £12,000 this year. Thank you!"),
    ("fr", "Marche des fiertés, Ramadan, Pâques : toute l'équipe vous souhaite de belles fêtes."),
    ("fr", "Ramadan Moubarak 🌙 Nos magasins ouvrent plus tard le soir pour l'iftar."),
    (
        "fr",
        (
            "Votre ascenseur est en panne ? Un technicien passe demain, et nos équipes peuvent "
            "porter vos courses ♿"
        ),
    ),
    ("en", "While Paris sleeps, our bakers are already at work 🥖"),
    ("fr", "Pendant que la France dort, nos boulangers pétrissent déjà 🥖"),
    ("en", "Please vote on Thursday: polling stations are open from 7am to 10pm."),
    ("fr", "Les candidats aux municipales débattront jeudi à la médiathèque, entrée libre."),
    (
        "en",
        (
            "Need to take a break from gambling? Set a deposit limit or self-exclude in your "
            "account settings."
        ),
    ),
    ("fr", "Notre nouvelle campagne (réalisée par l'agence Lumière) est en ligne !"),
    ("en", "Counting down the days to summer 🏖️ New swimwear drops Friday."),
    ("en", "Our new drone lands like a plane, softly and on time ✈️"),
    ("fr", "Visite guidée du musée de l'Air : l'A320 n'aura plus de secrets pour vous."),
    ("en", "Never forget your reusable bag: 10p off your shop when you bring one!"),
    (
        "fr",
        "Journée de la mémoire de la Shoah : le musée ouvre gratuitement ses archives, en silence.",
    ),
    (
        "fr",
        "Lyon, on est avec vous pour la Fête des Lumières : navettes gratuites toute la nuit ✨",
    ),
    ("en", "Vote on May 4: polling stations open 7am to 10pm. Bring ID."),
    (
        "fr",
        (
            "Le conseil municipal se réunit jeudi : l'opposition et la majorité y débattront du "
            "budget."
        ),
    ),
    ("fr", "Vivement les vacances ! Nos valises sont à -20 % jusqu'à dimanche ☀️"),
    ("en", "Stay cosy with our new wool range: free delivery this week."),
    ("en", "The clowns are back! Our circus tent opens Friday with these clowns and more 🤡"),
    ("en", "We give you until the 15th to return any Christmas gift, no questions asked."),
    ("en", "Need a blue badge? Apply through your council website; our car parks accept them all."),
    ("en", "AS Roma fans: security gates open at 6pm, please arrive early."),
    ("en", "Will robots take our jobs? Join our free talk on AI and work this Thursday."),
    ("fr", "Optimisez vos revenus : notre livret d'épargne dès 10 € par mois."),
    ("en", "Has a burst pipe flooded your kitchen? Our plumbers are on call 24/7, book online."),
    ("en", "Unlike the old team app, the new one shows live scores. Download it today!"),
    ("fr", "Certains candidats veulent débattre jeudi à la médiathèque : entrée libre."),
    ("fr", "Même votre grand-mère pourra venir : toute la salle est de plain-pied."),
    ("en", "Keep the progress going! You may also like our new training plans."),
    ("fr", "Marseille, on est avec vous ce soir ! Allez l'OM 💙 -10 % sur les maillots."),
    ("en", "Our new playlist is spreading faster than we expected, thank you all!"),
    ("en", "Never forget your umbrella this week: showers every afternoon ☔"),
    ("fr", "Fête des pères : on n'oublie pas papa ! Coffrets à 25 €"),
    ("en", "Passing the rope to the next climber: our climbing wall reopens Saturday 🧗"),
    ("fr", "Fin de la cordée : passez la corde au suivant, le mur d'escalade rouvre samedi !"),
    ("fr", "Notre grand-mère Josette, 92 ans, a soufflé ses bougies au magasin ce matin ❤️"),
    ("en", "Domestic violence is never a joke. If you need help, call 0808 2000 247."),
    ("fr", "La violence n'est jamais la solution : le 3919 est gratuit et anonyme."),
    ("en", "Today only: free coffee for every nurse who visits us. Thank you for all you do!"),
    ("en", "She said no to the dress, then yes to the suit: our bridal team loves a plot twist 💍"),
    ("fr", "Elle a dit non au plastique : nos gourdes sont offertes en caisse."),
    (
        "en",
        (
            "Autism Acceptance Month: our stores offer quiet hours every Tuesday, and our staff "
            "are "
            "trained."
        ),
    ),
    (
        "fr",
        "Nos gilets pare-balles équipent la gendarmerie depuis 20 ans : visite de l'usine samedi.",
    ),
    ("en", "Our new bulletproof glass protects jewellers' windows: meet us at the trade fair."),
    (
        "fr",
        (
            "Un Noël pour tous : nos magasins sont ouverts le 25 et l'Aïd sera fêtée en janvier "
            "avec nos équipes."
        ),
    ),
    ("fr", "Le paludisme recule grâce à vos dons : merci à tous nos donateurs."),
    ("en", "Show us your best pancake stack with #MySundayStack, we'll share our favourites!"),
    (
        "en",
        (
            "Most breakages are due to incorrect assembly: our new video walks you through it step "
            "by step."
        ),
    ),
    ("fr", "Pride 🏳️‍🌈✨ Toute l'équipe défile samedi, rejoignez-nous !"),
    ("en", "Happy Pride 🏳️‍🌈🥳 from all of us!"),
    (
        "fr",
        "Votre accent chantant nous manque déjà : merci Marseille pour ce week-end de festival !",
    ),
    ("en", "Crack open a cold one this weekend: our lager is back in stores"),
    ("en", "Our crackers are crack-free and extra crunchy this year"),
    ("en", "Summer is coming ☀️ Our salad bowls are back on the menu, with or without feta."),
    (
        "fr",
        (
            "Cette année, on s'est foutu en l'air notre planning pour vous offrir la fête de la "
            "musique au magasin"
        ),
    ),
    ("en", "Fist bump 👊 to everyone who ran the 10k with us today!"),
    ("en", "Our balm soothes dry, eczema-prone skin. Talk to your doctor about any treatment."),
    ("fr", "La Ville souhaite un joyeux Noël à toutes et à tous 🎄"),
    ("en", "Black Lives Matter. Today we're closing our stores and donating to the NAACP."),
    ("en", "Mixed feelings about Mondays? Our Mix Box has sweet and salty 😜"),
    (
        "fr",
        "Notre recette a changé ma vie de boulanger : le pain au levain est de retour ce samedi !",
    ),
    ("fr", "Retrouvez-nous au 12 rue de la Paix, ouvert dès 9 h !"),
    ("en", "When our chef says the new sauce is a compliment to every burger, we listen."),
    (
        "fr",
        (
            "25 novembre, journée contre les violences faites aux femmes 🧡 Le 3919 est gratuit et "
            "anonyme."
        ),
    ),
    ("fr", "Nouvelle collection jogging 🔥 Parfait pour le footing du dimanche !"),
    (
        "fr",
        (
            "Octobre rose : nos joueurs porteront un maillot rose ce samedi pour soutenir la "
            "recherche 🎀"
        ),
    ),
    ("en", "Walk into the sea at sunrise: our guided cold-water swims start this Saturday."),
    ("fr", "Voici une réponse possible à vos questions sur la rentrée : tout est dans notre FAQ."),
    (
        "fr",
        (
            "Après les événements de ce week-end au salon, merci à tous ! -20 % sur le stand "
            "jusqu'à dimanche"
        ),
    ),
    ("en", "Loved the events of this weekend at our pop-up! Free delivery until Sunday."),
    ("en", "My ex-colleague just joined our team as head baker!"),
    ("fr", "Second tour dimanche : les bureaux de vote sont ouverts de 8 h à 20 h."),
    ("fr", "Continuons ensemble à trier nos déchets : nouveau calendrier des collectes en ligne."),
    ("en", "We will never ask you for the code we sent by SMS. Never share it with anyone."),
    ("fr", "Ça chauffe au stade ce soir 🔥 Venez nombreux ! #OMPSG"),
    ("en", "Our new charity run for Ukraine: 100% of entry fees go to the Red Cross. #Ukraine"),
    ("en", "Our New York stores will be closed on Thursday for Thanksgiving."),
    ("en", "Come and see our new headquarters in Leeds, opening day is Monday!"),
    ("en", "D-Day anniversary: our museum shop is closed this morning for the ceremony."),
    (
        "fr",
        (
            "6 juin 1944 : il y a 80 ans, le Débarquement. "
            "Nos équipes observeront une minute de silence à 11 h."
        ),
    ),
    ("fr", "Joyeux Noël à toutes et à tous de la part de la mairie !"),
    ("en", "Our emo night is back on Friday, black eyeliner optional 🖤"),
    ("fr", "Bravo à notre gagnante Julie M. ! Elle remporte un panier garni."),
    ("en", "Visit us at Bean Counter, 42 Elm Street, open daily from 8am."),
    ("fr", "Retrouvez la Boulangerie Martin, 3 rue des Lilas, ouverte dès 7 h !"),
    ("en", "Sunday shift at the bakery: our team is here from 8, come say hi!"),
    (
        "fr",
        (
            "Le burn-out, ça se prévient : notre webinaire RH gratuit jeudi "
            "avec une psychologue du travail."
        ),
    ),
    ("fr", "Nos croissants s'arrachent plus vite que prévu : revenez demain dès 7 h !"),
    ("en", "Our house plant workshop is back: learn how to keep your monstera alive!"),
    (
        "fr",
        (
            "#MeToo : notre entreprise publie son rapport sur le "
            "harcèlement et ouvre une ligne d'écoute anonyme."
        ),
    ),
    ("en", "Ten years on, we remember the five who died aboard the Titan submersible. #OceanGate"),
    (
        "fr",
        (
            "Guadeloupe, on pense fort à vous 💙 Nos équipes sur place "
            "distribuent de l'eau gratuitement."
        ),
    ),
    ("fr", "Bac demain : on pense à vous ! Bonne chance à tous les candidats 🍀"),
    (
        "en",
        (
            "#TakeAKnee: our players will kneel before Sunday's match, "
            "and the club is funding a youth mentoring scheme."
        ),
    ),
    ("fr", "#DevoirDeMémoire : nos salariés ont visité le Mémorial de la Shoah ce matin."),
    ("fr", "14 juillet : notre boutique de Nice est fermée, bonne fête nationale à tous."),
    ("en", "Insert the link into the field below and press Save to share your list."),
    (
        "fr",
        (
            "Les violences sexuelles ne sont jamais une blague : nos "
            "équipes sont formées à écouter et à orienter."
        ),
    ),
    (
        "fr",
        (
            "Réunion publique jeudi, en présence de l'équipe municipale, "
            "pour présenter le projet aux habitants."
        ),
    ),
    (
        "en",
        "We're sorry for the outage. Your anger is justified, and here is what we are changing.",
    ),
    ("fr", "Désolés pour la panne : votre colère est légitime, voici ce que nous changeons."),
    ("fr", "Voici une version enrichie de notre guide des tailles, avec un tableau par pays."),
    ("en", "Pool's open! Lessons for every age and size, and lifeguards on duty all day 🐳"),
    ("en", "Whale-watching trips restart on Monday: book early, the boats fill fast 🐋"),
    (
        "fr",
        (
            "Nos pensées vont aux habitants du Finistère. Nos magasins "
            "restent ouverts pour recharger son téléphone et boire un "
            "café, sans aucun achat nécessaire."
        ),
    ),
    (
        "en",
        (
            "A man arrested on Friday has died in custody. The IOPC has "
            "been informed and will investigate independently."
        ),
    ),
    ("fr", "Polling day on Thursday: polling stations open 7am to 10pm."),
    ("fr", "Le conseil municipal se réunit jeudi : ordre du jour en ligne."),
    (
        "fr",
        (
            "Interpellé hier soir après un vol à l'arraché, un homme de "
            "19 ans a été placé en garde à vue."
        ),
    ),
    (
        "en",
        (
            "A man was arrested last night after a burglary on Carter "
            "Street. Thanks to the neighbours who called us."
        ),
    ),
    (
        "en",
        (
            "Amber heat-health alert this week: drink water, keep "
            "curtains closed, check on older neighbours."
        ),
    ),
    ("fr", "Vigilance orange crue : les quais sont fermés, suivez les déviations."),
    ("fr", "Enfin l'été 😄 Nos glaces sont de retour !"),
    ("en", "We're laughing so hard at your dog costume photos 😂 keep them coming!"),
    ("fr", "On est morts de rire devant vos photos 😂 continuez !"),
    (
        "fr",
        (
            "Ramadan Moubarak à celles et ceux qui le célèbrent : "
            "horaires de la médiathèque adaptés ce mois-ci."
        ),
    ),
    ("en", "Happy Easter from the Town of Greenfield! Town Hall reopens Tuesday."),
    ("fr", "La paroisse vous invite : prions ensemble dimanche à la messe de 10 h."),
    (
        "en",
        (
            "Our museum's new room tells the story of the captives of "
            "the Nantes slave ships, with their names."
        ),
    ),
    ("fr", "Exposition : les convois de Drancy vers Auschwitz, 1942-1944. Entrée libre."),
    ("en", "Our plumbers guarantee a reply within the hour, every day of the year."),
    (
        "fr",
        "Les compléments ne remplacent pas un traitement : demandez conseil à votre pharmacien.",
    ),
    ("en", "Our stout is back for winter. Please drink responsibly. 🍺"),
    ("fr", "Jouer comporte des risques : endettement, dépendance. Appelez le 09 74 75 13 13."),
    (
        "en",
        "Investing involves risk: you may lose some or all of your money. Read our guide first.",
    ),
    ("fr", "Le bac en poche ? Nos mocktails sans alcool sont offerts aux lycéens ce soir 🎓"),
    ("en", "Tummy time while baby is awake helps build strength; for sleep, always on the back."),
    ("fr", "Nouvelle gamme grandes tailles, du 44 au 60 : toutes les silhouettes sont belles."),
    ("fr", "Pour les enfants, filles et garçons : le kit du petit chimiste est de retour !"),
    ("en", "Our kids' coding club welcomes every child, whatever their pace."),
    ("en", "Election day: polls open 7am to 10pm. Our stores close early so staff can vote."),
    ("fr", "25 novembre : contre les violences faites aux femmes, le 3919 est gratuit et anonyme."),
    ("en", "Flights to Lisbon from £39 this weekend only ☀️"),
    ("fr", "#sponsorisé Ma crème préférée depuis des mois avec @SkinLab, code CLARA15 !"),
    ("fr", "Vague de grippe : nos pharmacies vaccinent sans rendez-vous cette semaine."),
    ("en", "Happy Easter from all of us at Oakridge Motors! Closed Monday, back Tuesday."),
    ("en", "Black Friday queues this morning were wild 😂 Doors reopen at 2pm!"),
    ("fr", "Racontez-nous votre plus belle rando en commentaire 🏔️"),
    (
        "fr",
        (
            "Incendies dans les Landes : nos magasins de la zone sont "
            "fermés, prenez soin de vous. #IncendiesLandes"
        ),
    ),
    (
        "fr",
        (
            "Nous avons eu tort : notre pub reprenait un cliché sexiste "
            "sur les femmes au volant. Elle est retirée."
        ),
    ),
    ("en", "We ship everywhere in Nigeria, payment on delivery available in Lagos and Abuja."),
    ("fr", "La crème hydratante, comme son nom l'indique, hydrate : appliquez-la matin et soir."),
    ("en", "Clinically tested on sensitive skin. Results vary; talk to your dermatologist."),
    (
        "en",
        (
            "#BlackLivesMatter: this month 100% of proceeds from our "
            "prints go to the NAACP Legal Defense Fund."
        ),
    ),
    ("fr", "Dimanche, on vote : bureaux ouverts de 8 h à 19 h."),
    ("en", "Sunday roast is back, please drink responsibly 🍷"),
    ("en", "Apologies to everyone who waited on the phone this morning: the lines are back."),
    ("en", "We're sorry to all our customers: the app was down for two hours. Fixed now."),
    ("en", "The new logo was well received by our members."),
    ("fr", "Nous sommes désolés que ce retard ait gâché votre week-end : vous serez remboursés."),
    ("fr", "Désolés que la boutique semble vide ce matin : le réassort arrive à midi."),
    ("fr", "Nous nous excusons pour la confusion sur les horaires : le magasin ferme bien à 20 h."),
    ("en", "There's nothing wrong with asking for help. Our helpline is open 24/7."),
    ("fr", "Il n'y a rien de mal à demander de l'aide : notre ligne d'écoute est ouverte."),
    ("en", "Surprised by the results? Read our interpretation of the survey."),
    ("fr", "Le second degré, c'est notre ADN : nouvelle saison du podcast ce soir !"),
    ("en", "Even people without a degree can apply: we train you on the job."),
    ("fr", "Même pour ceux qui n'ont pas de voiture, le salon est accessible en tram."),
    ("fr", "Avez-vous lu le dernier numéro de notre magazine ? Il est en kiosque."),
    ("en", "Thanks to your 5,000 followers who shared our appeal for the food bank!"),
    ("en", "We just passed 10,000 followers, thank you all!"),
    ("fr", "Merci à nos 10 000 abonnés, vous êtes formidables !"),
    ("en", "If you're not happy with your order, you can return it within 30 days."),
    ("fr", "Si vous n'êtes pas satisfait, nous vous remboursons sous 14 jours."),
    ("en", "In your face, winter! Our heated jackets are back."),
    ("en", "Stream the new album on every platform from Friday."),
    ("en", "Remember to bring your ID by Friday to vote in the club election."),
    ("fr", "Pensez à souscrire une assurance habitation avant votre déménagement."),
    ("fr", "Rendez hommage aux soignants en participant à la collecte de sang de samedi."),
    ("en", "Honour the fallen this Remembrance Sunday by joining the two-minute silence at 11am."),
    ("en", "For every tree planted by our volunteers, the council will donate a bench."),
    ("en", "Let's get 500 signatures for the new cycle lane!"),
    ("fr", "Le 8 mai 1945 marque la victoire des Alliés ; cérémonie à 11 h au monument aux morts."),
    ("fr", "Cérémonie du 11 novembre : commémoration de l'armistice de 1918 à 11 h."),
    ("en", "This Memorial Day we honour those who never came home."),
    ("en", "Thank you for your service: free coffee for every veteran this Veterans Day."),
    ("fr", "Exposition sur la France de Vichy au musée de la Résistance jusqu'en mars."),
    ("fr", "Nos vols vers la Martinique et la Guadeloupe reprennent en décembre."),
    (
        "fr",
        "Étudier à l'étranger : salon des universités canadiennes samedi. Aussi des stands pour "
        "La Réunion.",
    ),
    ("en", "Swimsuit season is here: our new collection comes in every size."),
    ("fr", "Le maillot de bain de l'équipe de France de natation est en vente !"),
    ("fr", "Prêts pour le maillot jaune ? Le Tour passe par notre ville samedi."),
    (
        "en",
        "Our security team has reported the phishing site to the police. Never share your "
        "password.",
    ),
    ("fr", "Toute diffusion de ces images est passible de poursuites : signalez-les sur Pharos."),
    ("en", "Don't feed the trolls: report abusive comments with the flag button."),
    ("en", "No time for breakfast? Grab our porridge pot on the way."),
    ("fr", "Pas de temps à perdre : inscriptions ouvertes jusqu'à vendredi !"),
    ("en", "Kick a$$ at your next interview with our free CV workshop."),
    ("fr", "Baiser volé sous le gui : notre concours photo de Noël commence !"),
    ("en", "Other customers loved the new menu too: come and try it this weekend!"),
    ("en", "Customers loved our autumn range. Back in stores Monday."),
    ("fr", "Les autres clients ont adoré la nouvelle carte : venez la goûter !"),
    ("en", "RIP to a legend. His first album changed the way we listen to music."),
    ("fr", "Repose en paix, Georges. Ses chansons ont accompagné des générations."),
    ("en", "Buy your tickets from us or at the box office on the night."),
    ("en", "Always buy your fireworks from licensed sellers. Stay safe this weekend."),
    ("en", "The cold snap could cripple the rail network: check before you travel."),
    ("en", "Happy St Patrick's Day! Enjoy the parade and please drink responsibly."),
    ("fr", "Le plat préféré des Français reste le magret de canard, selon notre sondage."),
    ("en", "We forgive you for stealing our last croissant 🥐 See you tomorrow!"),
    ("en", "If you insist, we'll bring back the pumpkin latte one more week."),
    ("en", "Our garden is infested with slugs this year: here are five natural remedies."),
    ("fr", "Le potager est infesté de pucerons ? Voici nos astuces."),
    ("fr", "Nous ne voulons pas promouvoir le gaspillage : les invendus vont aux associations."),
    (
        "en",
        "We regret that the event on Saturday has been cancelled because of the storm. Tickets "
        "will be refunded.",
    ),
    ("fr", "Nous regrettons que la météo nous ait laissé si peu de temps pour le feu d'artifice !"),
    (
        "en",
        "I misjudged the tone of that post. It was meant as a joke, but it was hurtful, and I am "
        "sorry.",
    ),
    (
        "fr",
        "Nous avons eu tort : ce visuel se voulait drôle, il était blessant. Toutes nos excuses.",
    ),
    (
        "en",
        "We got it wrong. Our ad may have been read as mocking, and that is on us. We're sorry.",
    ),
    ("fr", "Les prix sont bas et les vendeurs sont des pros."),
    (
        "fr",
        "Journée internationale des droits des femmes : table ronde sur l'égalité salariale à 18 "
        "h.",
    ),
    ("en", "Women's Day: our pink ribbon run raises funds for breast cancer research."),
    (
        "en",
        "Our striker's shot missed the mark, but what a game! Sorry, Leeds fans, we'll be back.",
    ),
    ("en", "Some scenes may be upsetting for some viewers: the documentary airs at 9pm."),
    ("fr", "Certaines images peuvent être choquantes pour certains spectateurs."),
    ("en", "Our new exhibition tells the history of slavery in the Caribbean."),
    ("en", "You can unfollow a page at any time from its settings menu."),
    ("en", "Chinese names on our menu come with a pronunciation guide, ask our staff!"),
    ("en", "How's this for a view? Sunrise over the bay this morning."),
    ("fr", "Le texte de la pièce vous a plu ? Rencontre avec l'autrice samedi."),
    ("en", "Journée de la femme? No: International Women's Day. Join our panel on equal pay."),
    ("fr", "Journée internationale des droits des femmes : nos collaboratrices témoignent."),
    ("fr", "Les prix sont fous cette semaine : -30 % sur les vélos !"),
    ("en", "**New** opening hours from Monday: **9am to 7pm**."),
    ("fr", "Nouveau menu : burger + #frites maison à 12 €."),
    ("en", "Entry + #drink included, book now."),
    ("fr", "Des ateliers pensées pour les enfants autistes, chaque premier samedi du mois."),
    ("en", "The Harvey Weinstein trial resumes today in New York."),
    ("en", "We accept full responsibility for the offence we caused, and we are sorry."),
    (
        "en",
        "It was wrong to post that photo, and I am deeply sorry for any embarrassment it caused.",
    ),
    ("en", "Lollipops and suckers for every kid at the parade!"),
    ("en", "Thank you to our volunteers for not giving up during the storm clean-up."),
    ("en", "Have you ever heard of the Fibonacci sequence? Our maths club starts Monday."),
    ("en", "Meet Léa, a young employee who joined our bakery team this spring."),
    ("fr", "Nous accueillons un jeune stagiaire qui rejoint l'équipe cuisine."),
    ("en", "5 essentials for your storm kit: water, torch, radio, meds and a charged phone."),
    ("en", "We now have over 40 stores across the region: find your nearest one on our map."),
    ("en", "#SummerDeals start Friday: 20% off all garden furniture."),
    ("fr", "Désolé si je me suis mal exprimé : l'offre vaut aussi pour les abonnés."),
    ("fr", "Si votre colis est mal adressé, nous le réexpédions gratuitement."),
    ("en", "Our new book traces the history of colonial Virginia."),
    ("en", "Deleted a duplicate post, sorry for the noise!"),
    ("en", "Homo sapiens walked out of Africa 60,000 years ago, says our new exhibit."),
    ("en", "What's scarier? Our haunted house or the ghost train?"),
    ("en", "Prices dropping faster than Storm Troopers at a parade!"),
    (
        "en",
        "Chloroform was once used as an anaesthetic: our museum's medical history tour starts "
        "Saturday.",
    ),
    ("fr", "Nos animateurs connaissent chaque recoin du parc : suivez le guide !"),
    ("en", "Despite the weather, 2,000 runners crossed the finish line. Well done all!"),
    ("fr", "Merci à toutes celles et ceux que nous avons accueillis cet été !"),
    ("en", "I like my coffee like I like my mornings: slow and sunny."),
    ("en", "@SamBakes Cool! Click here for a chance to win a free pack."),
    ("en", "The Krispy Kreme Klub returns on Monday with free doughnuts for members."),
    ("en", "Our new app is limited to one device per account for now."),
    ("en", "Krispy Kreme apologises for the delay to this morning's deliveries."),
    ("en", "This Remembrance Sunday, honour the fallen by buying a poppy from our volunteers."),
    ("fr", "Le 11 novembre, rendez hommage aux soldats en achetant un Bleuet de France."),
    ("en", "Remember the victims of the floods by donating to the Red Cross appeal."),
    ("en", "Remember Grandad by ordering a memorial bench through the council's scheme."),
    ("fr", "Pensez à souscrire une assurance habitation avant l'hiver. #tempête"),
    (
        "en",
        "Thinking of everyone affected by the storm. #GiftsForGood donations are open at every "
        "store.",
    ),
    ("en", "Win 1 of 10 shot glasses! Tag a friend. #Giveaway"),
    ("en", "Good boy, Boomer! Our shop dog turns 5 today 🐶"),
    ("en", "The strike cripples the rail network again: check before you travel."),
    ("en", "Don't want spoilers? Just unfollow us until Sunday 😉"),
    ("en", "Our new logo went down well with 90% of members: read the survey."),
    ("en", "We regret to announce that Saturday's match is postponed because of the storm."),
    ("en", "Apologies to all of you who queued this morning: the tills are fixed now."),
    ("fr", "Nous sommes désolés que le spectacle semble complet : une nouvelle date est ouverte !"),
    ("en", "Led by our volunteers, some people came to see the new garden today."),
    ("fr", "S'il a été mal compris au téléphone, votre numéro de dossier est bien le 4521."),
    ("fr", "Ce n'est qu'un au revoir : la boutique rouvre en mars !"),
    ("en", "Surprised by the results of our reader poll? So were we!"),
    ("fr", "Étonnés par l'interprétation du pianiste ce soir ? Réservez pour demain."),
    ("en", "Sore loser? Not with our board games night: everyone wins a cookie."),
    ("en", "Nasty weather today, take care on the roads."),
    ("fr", "Si vous n'êtes pas contents du résultat, nous reprenons le travail gratuitement."),
    ("en", "For every follower, we'll plant a tree with the Woodland Trust!"),
    ("en", "Let's get 1,000 signatures for the new skate park!"),
    ("fr", "Choisissez votre candidat préféré pour le prix du public de notre festival !"),
    ("en", "Vichy water and Vichy pastilles: our spa town's classics are back in the shop."),
    ("fr", "Pastilles de Vichy et eau de Vichy : nos classiques sont de retour !"),
    (
        "fr",
        "Les Antilles, c'est l'étranger pour nos amis québécois ! Vols directs depuis Montréal.",
    ),
    ("en", "Memorial Day weekend: thank you for your service to our community, volunteers!"),
    ("fr", "Baisez-lui la main, c'est la Saint-Valentin ! (on parle du baise-main, bien sûr)"),
    ("en", "Our swimsuit season sale: every size from 6 to 26."),
    (
        "fr",
        "Nous vous invitons à supprimer vos anciens mots de passe enregistrés dans le navigateur.",
    ),
    ("en", "Other customers also bought: the matching mugs!"),
    ("fr", "Les autres clients ont aussi aimé : les bols assortis !"),
    ("en", "Our students are all legends after this year's charity run!"),
    ("fr", "Les étudiants sont tous des champions !"),
    ("en", 'Deleting our old "Christmas" playlist to make room for the new one.'),
    ("en", "Other passengers enjoyed the new menu: try it on your next flight!"),
    ("fr", "Nos pensées pour nager plus vite : 5 conseils de notre coach."),
    ("en", "Your 5,000 followers will love this recipe, share it!"),
    ("en", "Happy St Patrick's Day! Drink responsibly; alcohol abuse support lines are open."),
    ("fr", "Le sport préféré des Français reste le football, selon notre sondage."),
    ("en", "Chinese names for our dumplings come with a pronunciation guide."),
    ("fr", "Notre région est infestée de moustiques : voici nos conseils."),
    ("en", "Taking it literally: our bakers made a cake shaped like a book."),
    ("en", "Shut the door on winter: our draught excluders are back."),
    ("fr", "Faire taire les préjugés : notre conférence sur l'égalité, jeudi 18 h."),
    ("fr", "Nos fruits de saison : 🍑 pêches, 🍐 poires et 🍇 raisin."),
    ("en", "New hearing aids in store, lol they're tiny 😂"),
    ("fr", "Journée mondiale contre le SIDA : dépistage gratuit ce samedi."),
    ("en", "RIP my wallet after this sale! Just kidding, it's worth it."),
    ("en", "This cake is to die for. Just kidding, it's even better."),
    ("fr", "Mort de rire devant ce gâteau, je plaisante, il est parfait."),
    ("en", "RIP my wallet after this sale! lol"),
    ("en", "Rip open your advent calendar: day 1 is here, 10% off!"),
    (
        "en",
        "It is with great sadness that we share that our founder passed away. She opened our "
        "first shop with a great deal of courage. Our shops close on Friday for her funeral.",
    ),
    (
        "en",
        "On Holocaust Memorial Day, our museum opens its collection of testimonies. Entry is "
        "free, with a minute's silence at 11am.",
    ),
    ("fr", "Merci pour vos messages, à lundi !"),
    (
        "fr",
        "Une photo inappropriée a été publiée par erreur. Elle a été retirée. Toutes nos excuses.",
    ),
    ("en", "Our monkey bread with banana is back!"),
    ("fr", "Atelier banane et singe en peluche pour les enfants de 3 ans."),
    ("en", "Never mix bleach and ammonia: the fumes are toxic. Here is how to clean safely."),
    ("fr", "Ne mélangez jamais eau de javel et ammoniaque : les vapeurs sont toxiques."),
    ("en", "Our new recipe tested well with the kids' club: try it this weekend!"),
    ("en", "Girls' football: boots for girls, designed with our women's team."),
    (
        "en",
        "This is an unacceptable error, and we are deeply sorry for the offence it has caused. "
        "The product is withdrawn.",
    ),
    ("fr", "Le tribunal a rejeté le recours ; nous respectons cette décision."),
    ("en", "We reserve the right to refuse entry to anyone without a ticket."),
    ("en", "Some customers felt the queue was too long, so we've opened two more tills."),
    ("en", "Sorry for any misunderstanding: the sale ends on Sunday, not Saturday."),
    ("en", "Our museum's new gallery tells the history of the slave trade in our port city."),
    (
        "en",
        "We are so sorry for the hurt caused by our video. It was insensitive and we made a "
        "mistake.",
    ),
    (
        "en",
        "We sincerely apologise for this mistake: the tweet was meant as a joke but it was "
        "hurtful to some.",
    ),
    (
        "en",
        "You clearly misunderstood our post at first, and that is on us: we should not have "
        "posted it like that. Sorry.",
    ),
    (
        "fr",
        "Nous nous excusons si certains se sont sentis visés : nous nous sommes trompés et le "
        "visuel est retiré.",
    ),
    (
        "fr",
        "C'était de l'humour, maladroit. Quand on se trompe, il faut le reconnaître : pardon à "
        "tous.",
    ),
    (
        "fr",
        "Toutes nos excuses à ceux qui ont pu être choqués : nous n'aurions pas dû publier ce "
        "visuel.",
    ),
    (
        "en",
        "We apologise for any offence caused by our tweet. This was an unacceptable use of our "
        "account.",
    ),
    (
        "en",
        "The joke was meant to be playful; however, that is no excuse. It was insensitive and we "
        "are sorry.",
    ),
    ("en", "Great tits and blue tits at the feeder this morning! Join our birdwatching walk."),
    ("en", "Open your eyes to the beauty of autumn in the park."),
    ("en", "Shut up and take my money: the new console is here."),
    ("en", "It was supposed to be sunny today, but the rain came."),
    ("en", "Our new course teaches communication skills to managers."),
    ("en", "The intention is simple: plant a tree for every order."),
    ("fr", "Hommage à Sempé : découvrez la collection de ses dessins au musée, entrée libre."),
    ("fr", "Découvrez notre collection de printemps, en boutique dès lundi."),
    ("en", "Shop my favourite books of the year in our Christmas guide."),
    ("en", "Good karma: our volunteers helped clear the flood damage in the village."),
    ("en", "Yoga and karma talk this Sunday, after the storm passes."),
    ("en", "I like my coffee strong and my weekends long."),
    ("en", "You can unfollow topics in the app settings."),
    ("en", "The tornado warning was sent to all phones in the county."),
    ("en", "Dinner for two: $60 for 2 courses and a bottle of wine, every Friday."),
    (
        "fr",
        "Nous nous excusons pour notre publicité. Nous n'avions pas l'intention de blesser qui "
        "que ce soit.",
    ),
    (
        "fr",
        "Nous condamnons ce tweet émis en notre nom, qui ne reflète en rien nos valeurs : nos "
        "excuses, des sanctions seront prises.",
    ),
    ("fr", "Entrée gratuite au musée ce dimanche, venez nombreux !"),
    ("fr", "La ville vous offre une séance de cinéma en plein air vendredi."),
    ("fr", "Le joueur blessé est sorti, on souhaite un prompt rétablissement."),
    ("fr", "Découvrez les détails de notre nouvelle collection !"),
    ("fr", "Tenue de soirée pour enfant, 8-10 ans"),
    ("en", "Get well soon, Max! The whole team is thinking of you."),
    ("en", "Hit like if you're ready for the weekend!"),
    (
        "en",
        "We are sorry for the delays: it may have upset some of your plans, and we will refund "
        "every ticket.",
    ),
    ("en", "Instead of blaming the weather, we planted 200 trees that love the rain."),
    (
        "fr",
        "Hommage à une légende de la chanson. Ses plus grands succès sont à réécouter ce soir sur "
        "notre antenne.",
    ),
    ("en", "Send us a selfie with your new puppy and reply with your name for our newsletter!"),
    (
        "en",
        "Black History Month: our museum tells the story of slavery in the port city, free talks "
        "every Saturday.",
    ),
    (
        "en",
        "WE DID IT!!! Promotion secured on the final day! Thank you to every fan who travelled.",
    ),
    ("en", "Tickets are live!!! Our summer festival is back for its 10th year."),
    ("fr", "Bravo à nos U16, champions départementaux !!! Quelle saison !"),
    ("fr", "Les cerises sont ARRIVÉES !!! Premières barquettes au marché dès demain, venez tôt !!"),
    ("fr", "C'est le jour J !!! Le festival commence ce soir à 19h 🎶"),
    ("fr", "Record battu !!! 3 100 coureurs au départ ce matin, merci Nantes !!!"),
    (
        "fr",
        "Le message publié hier soir a été rédigé par un collaborateur sans validation et ne "
        "reflète en rien nos valeurs. Il est supprimé, la personne n'a plus accès à nos comptes.",
    ),
    ("en", "Our pussy willow bouquets are back!"),
    ("fr", "C'était une blague de mauvais goût et on s'en excuse. On ne voulait pas l'insulter."),
    ("fr", "Train supprimé ce matin : nous sommes désolés pour la gêne occasionnée."),
    ("fr", "Nos excuses pour le désagrément : les travaux se terminent vendredi."),
    ("en", "On Memorial Day we remember those who gave their lives. Our stores open at noon."),
    ("en", "This dress is to die for, and it is back in stock."),
    ("fr", "Merci Jean Martin, champion du monde !"),
    ("fr", "Rencontre avec Marie Curie, pionnière de la physique, au musée samedi."),
    ("en", "We apologise. There is no excuse, and we have nothing to add."),
    ("en", "Customers with disgruntled toddlers welcome: free crayons!"),
    ("fr", "La femme de ménage de l'école remporte le prix du bénévolat : bravo Josiane !"),
    ("en", "A riot of colour: our spring bouquets are 20% off today."),
    ("en", "Stay away from the riot tonight and stay safe."),
    ("en", "It is D-Day for our launch: killer deals all weekend!"),
    ("en", "Well done to the lifeguards who pulled two swimmers out of the rip current."),
    ("fr", "Bravo aux secouristes qui ont ramené les randonneurs sains et saufs."),
    ("en", "Good riddance to paper tickets: your phone is now your pass."),
    ("fr", "Nouvel an chinois : raviolis vapeur et canard laqué au menu de la cantine ce jeudi."),
    (
        "en",
        "Chinese New Year: dumplings and noodles on the menu, and our dog-friendly terrace is "
        "open.",
    ),
    (
        "en",
        "Sorry for the late reply! It has been hard for us too to get the parts, but your order "
        "ships Monday.",
    ),
    ("en", "We would like to send our thoughts to the families of the victims of the crash."),
    ("fr", "Nous souhaitons envoyer nos pensées aux familles des victimes de l'accident."),
    (
        "en",
        "Apologies to anyone offended. This wasn't right, and we are changing how posts are "
        "approved.",
    ),
    (
        "fr",
        "Désolés si certains se sont sentis visés : c'est de notre responsabilité et nous "
        "retirons le visuel.",
    ),
    ("en", "Thanks @THECLOSERSBAND for the gig last night, see you soon!"),
    ("en", "Thanks @VISITMONGOLIA for the travel tips!"),
    ("fr", "Merci @PARISBOULETTES pour la recette !"),
    ("en", "If we offended anyone with our last post, we are truly sorry and have removed it."),
    ("en", "Offended? Write to us and we will look into it."),
    ("en", "Thanks to our critics for the feedback, we have changed the recipe."),
    ("fr", "Merci à ceux qui ont critiqué notre menu : nous avons revu la carte."),
    ("en", "Kids' dresses under 100 cm are 20% off this week."),
    (
        "fr",
        "Nous présentons nos excuses aux clients qui se sont sentis mal accueillis samedi : nous "
        "avons eu tort et renforçons l'équipe.",
    ),
    (
        "fr",
        "Le rapport montre que la consigne a été mal comprise par nos équipes ; nous la "
        "réécrivons.",
    ),
    ("en", "Our ladies' boot camp is not just for girls: everyone is welcome on Saturday."),
    ("en", "You are a credit to this town, thank you for twenty years of service."),
    ("en", "We have your order on file and will ship it on Monday."),
    ("en", "Thanks @tholiari and @melliari for your patience, your parcels left this morning."),
    (
        "en",
        "We are sorry to those who were stranded at the airport last night: hotel vouchers are at "
        "the desk.",
    ),
    ("en", "Election day on Sunday: polls open at 8am, remember to bring your ID."),
    (
        "fr",
        "Un policier tué ce matin à Lyon : toutes nos pensées vont à sa famille et à ses "
        "collègues.",
    ),
    ("en", "Remembering the late Mr Jones, our founder, who died ten years ago today."),
    ("en", "We are not making fun of the weather again, promise!"),
    (
        "en",
        "The following accounts are now open for applications: savings, junior ISA and current.",
    ),
    ("fr", "Voici les noms des gagnants du concours : bravo à eux !"),
    ("en", "Huge thanks to the regular who left our server a $50 tip on Christmas Eve!"),
    ("en", "Tips are shared equally between kitchen and floor staff."),
    (
        "en",
        "Comments made during the match were insensitive and regrettable. We have spoken to the "
        "commentators.",
    ),
    ("en", "Get your tickets from our website before Friday!"),
    ("en", "Our suggested tweet for the campaign was chosen by 2,000 of you!"),
    ("en", "The photo with the most likes wins a hamper."),
    ("en", "Full time: 3-0. #BackToWinning #StupidlyGood"),
    ("fr", "Merci pour tout #BandeDeCopains"),
    ("en", "The fire that burned down the church in 1871 is the subject of tonight's talk."),
    ("en", "Sorry for the confusion: the store opens at 9, not 8."),
    ("en", "Our new shelter opens tonight to help homeless people stay warm."),
    ("en", "Exclusive: we have the first photos of the new car body design."),
    ("en", "I hope you all enjoy the match tonight!"),
    ("fr", "J'espère que vous allez tous bien profiter du match !"),
    (
        "en",
        "We understand that some customers were hurt by our ad. We were wrong, and we have pulled "
        "it.",
    ),
    (
        "fr",
        "Nous comprenons que certaines personnes aient été blessées : nous avons eu tort et "
        "retirons l'affiche.",
    ),
    (
        "en",
        "If we did, we apologise and will fix it right away: please check your inbox for the "
        "refund.",
    ),
    (
        "en",
        "@zencharue @liarinor_4 Hi Karim, thanks for reaching out! Please send us a DM with your "
        "order number.",
    ),
    ("fr", "Bien arrivés à Lyon pour le salon : retrouvez-nous stand B12 !"),
    ("fr", "Stop aux violences : on ne viole pas, on ne frappe pas."),
    ("en", "Our comedy night line-up: you're not going to believe how funny they are!"),
    ("fr", "Le viol est un crime : si vous êtes victime, appelez le 3919."),
    ("fr", "Si je viole le règlement du concours, mon compte est supprimé ?"),
    (
        "en",
        "Apologies for the earlier post. The wording used was inappropriate and has been removed. "
        "Sorry for any offence caused.",
    ),
    ("en", "Score: Officers 1, Burglars 0. Great work by the night shift."),
    ("en", "I apologize to everyone who was offended by my insensitive tweet about the protests."),
    ("fr", "Je présente mes excuses à tous ceux qui ont été blessés par mon tweet maladroit."),
    (
        "en",
        "Lie back, relax and let our spa team do the rest. If you lie down after lunch, set an "
        "alarm!",
    ),
    ("en", "Our hypocrites and heroes exhibition opens on Friday."),
    (
        "fr",
        "Résultats du second tour : liste A 51 %, liste B 49 %. Participation : 57 %. Détail par "
        "bureau sur notre site.",
    ),
    ("en", "Final results: Ward 3 turnout was 61 %. Full details are available on our website."),
    ("en", "Our kids' workshop: learn to tell the time with a paper clock!"),
    ("en", "Our comedy club is for everyone who can handle a joke about dads."),
    (
        "fr",
        "Je présente mes excuses pour ma remarque d'hier soir : ce n'était pas approprié et je la "
        "retire.",
    ),
    (
        "en",
        "Last night we published a joke about the storm which was insensitive. It is deleted and "
        "we apologise for the offence caused.",
    ),
    ("en", "I regret saying what I said on the podcast and I'm sorry for the words I used."),
    (
        "en",
        "Our post this morning was ill-judged on a day of mourning. We apologise for any offence "
        "caused.",
    ),
    ("fr", "Aucune excuse si ce n'est la fatigue : nous devons mieux faire."),
    (
        "en",
        "The remarks in our match report were insensitive. We have updated the article and we "
        "apologise for any upset caused.",
    ),
    ("en", "This was not acceptable from our account, and we apologise for any offence."),
    (
        "en",
        "We apologise for the distress caused: we failed the patients who trusted us, and we are "
        "changing how we work.",
    ),
    ("en", "We chose the wrong words on this page and we apologise; it has been rewritten today."),
    ("fr", "Nous avons clairement mal jugé ce visuel et nous nous en excusons."),
    ("en", "Guests who are particularly sensitive to noise can ask for a room on the garden side."),
    (
        "en",
        "Some of our regulars are very sensitive to caffeine, so the decaf is on the house this "
        "week.",
    ),
    ("en", "Whisk the whites until stiff: they need a good beating before the sugar goes in."),
    ("en", "After twelve rounds she deserves the title, congratulations!"),
    ("fr", "Ce gâteau mérite une bonne note : bravo à notre pâtissière !"),
    ("fr", "Le nouveau spectacle de lumières ? Une claque visuelle, à voir avant dimanche."),
    ("en", "Our Jewish Film Festival is back, with the cheapest passes from £5."),
    ("en", "Wide bays on every level: women and men can park with ease at our new car park."),
    (
        "fr",
        "Mesdames et messieurs, le stationnement est gratuit ce samedi pour se garer près du "
        "marché.",
    ),
    ("fr", "Les menteurs et les manipulateurs de la série reviennent ce soir sur France 3 !"),
    ("en", "We regret the death of our founder last week; he will be missed."),
    ("en", "We're not sorry to see the back of the old ticket machines: pay by app from Monday!"),
    ("en", "What you wear says more about you than any label: find your style in store."),
    ("en", "Read the full interview… https://example.org/news/3"),
    ("fr", "Lycée : une enquête ouverte après des violences https://example.fr/news/4"),
    ("en", "Our storm guide: stay safe, charge your phone and check on your neighbours."),
    ("en", "Sorry, our shop is closed for the holidays. We're back on the 3rd, happy new year!"),
    ("en", "My first reaction to the new menu? Pure joy. Come and taste it."),
    ("fr", "Notre réponse à vos questions sur les horaires d'été est en ligne."),
    ("en", "I'm not sorry I tried the new curry: best lunch of the week. 🌶️"),
    (
        "en",
        "Send us a photo of your finished pancakes using #FlipItFriday and we'll share the best "
        "ones.",
    ),
    (
        "fr",
        "Envoyez-nous la photo de vos plus jolis tricots avec #MailleDuDimanche, on partage nos "
        "préférés !",
    ),
    ("en", "We checked with our suppliers and the flour is not from the affected batch."),
    ("fr", "Notre erreur, commise par nous seuls : les horaires affichés étaient faux, désolés."),
    ("en", "Let's make her famous: vote for our apprentice Jade in the Young Chef awards!"),
    ("en", "Big game tonight, come and cheer! #PlayForParis"),
    ("en", "Our comedy night features the Idiots, a sketch troupe from Leeds."),
    ("en", "Thoughts on the new bus timetable? Tell us below."),
    ("fr", "Le timing était parfait : le soleil est sorti pile pour la photo de groupe !"),
    ("en", "Our festival celebrates diversity: forty bands from twelve countries."),
    (
        "en",
        "Glad your neighbour saved the day! Sorry the timing wasn't ideal; next time you can pick "
        "a delivery slot in the app.",
    ),
    ("en", "Having fun with our new app for iPhone? Order ahead and skip the queue."),
    (
        "en",
        "We are deeply saddened by the death of our former chef. Her cooking meant a great deal "
        "to so many of our guests.",
    ),
    (
        "en",
        "We got the timing wrong: a sale email on the morning of the floods was thoughtless. All "
        "promotions are paused this week.",
    ),
    (
        "fr",
        "Nous nous sommes trompés de moment : une promo le matin des inondations, c'était "
        "maladroit. Toutes nos campagnes sont suspendues.",
    ),
    (
        "fr",
        "Notre post d'hier a été mal compris parce qu'il était mal écrit. C'est entièrement notre "
        "faute, nous l'avons retiré.",
    ),
    (
        "fr",
        "Grève ce jeudi : renseignez-vous avant de partir et privilégiez le télétravail si vous "
        "le pouvez.",
    ),
    (
        "en",
        "Our post was misread because we wrote it badly. It's entirely our fault, and it's gone.",
    ),
    (
        "en",
        "Our High Street branch closes on 3 March. The nearest branch is on Mill Lane; our team "
        "can also help by phone.",
    ),
    (
        "fr",
        "La ligne 4 est supprimée en septembre. Un transport à la demande la remplace : "
        "réservation au 04 00 00 00 00.",
    ),
    (
        "en",
        "Prices are changing from 1 April: here is the full list, and how to cancel free of "
        "charge.",
    ),
    (
        "en",
        "Black eye makeup tutorial for Halloween: our concealer does the zombie look in five "
        "minutes.",
    ),
    (
        "fr",
        "La tournée des champs de coton du Mississippi : notre documentaire sur le blues, ce soir "
        "à 21 h.",
    ),
    ("en", "Why do women need more iron than men? Our dietitian explains, link below."),
    (
        "en",
        "Our sales team won't take no for an answer when it comes to your savings: call us today.",
    ),
    (
        "en",
        "The Mill Lane branch closes on 3 March. The nearest one is on King Street, and our "
        "advisers can help by phone.",
    ),
    (
        "fr",
        "Nos tarifs évoluent au 1er avril : voici la nouvelle grille, et comment résilier sans "
        "frais.",
    ),
    (
        "en",
        "Share your photos of the new playground with #ParkLife, we love seeing the kids enjoy it!",
    ),
    ("fr", "Notre boulangerie est fermée aujourd'hui en hommage aux victimes. #JeSuisCharlie"),
    ("en", "Use code SPRING15 at checkout for 15% off all seeds this week."),
    ("fr", "Ce spectacle a été perçu comme un hommage par les familles, merci à toutes et tous."),
    ("en", "Good news for early birds 🐦 the last bus will now leave at 22:10 instead of 23:40!"),
    (
        "en",
        "Our reading room has moved to a new home on King Street, two minutes from the station.",
    ),
    ("en", "Good news: the last bus will now leave at 23:40 instead of 22:10 from June!"),
    (
        "fr",
        "Après les inondations, nos magasins restent ouverts pour accueillir les sinistrés : eau, "
        "café et recharge de téléphone.",
    ),
    ("fr", "BUUUT !!! ⚽ Victoire à la dernière minute, merci à tous les supporters !"),
    ("en", "GG everyone!!! 🎮 What a final, see you next season."),
    (
        "fr",
        "Le guichet ferme le 30 juin. Les billets restent en vente à la gare de Vierzon et par "
        "téléphone.",
    ),
    ("fr", "Triez vos déchets : la collecte des encombrants a lieu jeudi."),
    ("fr", "Impossible de dire non à notre fondant au chocolat 😋"),
    ("en", "Our oven has been on since 5am: fresh sourdough all day!"),
    (
        "en",
        "Our spring poster was cruel and we're ashamed we put it up. It's gone. Sorry to everyone "
        "we hurt.",
    ),
    (
        "en",
        "Our phones were down all week. If you couldn't reach us, text 07700 900123 and we'll "
        "call you back today.",
    ),
    (
        "fr",
        "Après l'incendie, la boulangerie reste ouverte pour les familles évacuées : café offert, "
        "pas besoin d'acheter quoi que ce soit.",
    ),
    ("en", "World Kindness Day 💚 No offer, no sale, just a thank-you to our volunteers."),
    (
        "en",
        "Our pool will be closed for two weeks for repairs. The leisure centre on Mill Road is "
        "open as usual, and your membership works there.",
    ),
    (
        "en",
        "Before you book, please read the weather notice: the ferry may be cancelled on Friday.",
    ),
    (
        "fr",
        "Nos deux vendeuses partent à la retraite après 30 ans : merci Josiane et Martine pour "
        "tout !",
    ),
    ("en", "Fun fact: our bakery has used the same sourdough starter since 1987."),
    (
        "en",
        "Update: the spring sale email planned for today has been postponed after the events in "
        "Millford. Our thoughts are with everyone there.",
    ),
    (
        "fr",
        "Notre opération soldes prévue aujourd'hui a été reportée après le drame de Saint-Aubin. "
        "Nos pensées vont aux familles.",
    ),
    (
        "en",
        "Our thoughts are with everyone affected by the floods. We donated £5,000 to the relief "
        "fund. #PrayForValencia",
    ),
    ("en", "New in this week: linen shirts from £29."),
    ("fr", "Personne ne te retient de venir goûter nos nouvelles crêpes, on t'attend !"),
    ("en", "New drivers: bring your driving licence to the open day and try our simulator!"),
    ("fr", "Ce film va vous faire pleurer de rire : séance spéciale ce soir !"),
    ("en", "Our oak table with chunky legs is back in stock."),
    ("en", "Tonight we march for justice, join us at 6pm. #BlackLivesMatter #Chicago"),
    (
        "fr",
        "Rassemblement ce soir place de la République en mémoire des victimes #JeSuisCharlie "
        "#Paris",
    ),
    (
        "en",
        "The fire at the Hollis warehouse claimed six lives on Monday. Our thoughts are with "
        "their families.",
    ),
    (
        "en",
        "The memorial gallery is free to enter all week, in memory of the 40 miners who died in "
        "1934.",
    ),
    ("en", "Bungee jumping off the Vale bridge is back this summer: book your jump online."),
    ("fr", "Au théâtre samedi, un drame de Racine : encore quelques places disponibles."),
    ("en", "Free counselling sessions are open to anyone affected by Saturday's crash."),
    ("en", "If we have let you down, tell us: we read every message and reply within a day."),
    (
        "en",
        "The flag is at half mast in memory of our former head teacher. A book of condolence is "
        "available online.",
    ),
    (
        "fr",
        "8 mai : cérémonie au monument aux morts à 11h, suivie d'un vin d'honneur à la mairie. "
        "#8Mai",
    ),
    (
        "en",
        "Sorry, the spring market won't be happening this year because of the roadworks. "
        "Stallholders get a full refund.",
    ),
    (
        "en",
        "We made a terrible mistake selling that T-shirt. There's no excuse; it has been "
        "withdrawn and the profits go to the Anne Frank Trust.",
    ),
    (
        "fr",
        "J'éprouve un sentiment de honte en relisant ces vieux tweets. Ils étaient racistes et je "
        "présente mes excuses à toutes et à tous.",
    ),
    ("en", "Cotton harvest is under way on our Texas farm: 30 seasonal jobs, apply today."),
    (
        "en",
        "Bins will be collected every three weeks from April. We know this is a big change: here "
        "is how to get a second recycling box for free.",
    ),
    (
        "fr",
        "Nos frais évoluent de +2 % au 1er janvier. Vous pouvez résilier sans frais jusqu'au 31 "
        "décembre.",
    ),
    (
        "fr",
        "Rappel : nous ne vous demanderons jamais votre code ni votre mot de passe, ni par "
        "téléphone, ni en commentaire.",
    ),
    (
        "en",
        "How our messages work: {first_name} becomes the name on your account and {eta} your "
        "delivery time.",
    ),
    (
        "fr",
        "11 novembre : à 11h, l'appli observe une minute de silence, pas de notifications ni de "
        "promos. Les commandes passées seront livrées normalement. #11Novembre",
    ),
    (
        "en",
        "This Pride Month, 10% of every sale from the rainbow range goes to a youth housing "
        "charity. #PrideMonth #ShopPride",
    ),
    (
        "en",
        "Sympathy bouquets can be delivered to the funeral home; order by 2pm for same-day "
        "delivery.",
    ),
    ("fr", "Ton récap de l'année est dans l'appli, partage-le avec tes amis #MonAnnéeEnMusique"),
    (
        "en",
        "We're sorry to everyone who was hurt or frightened in Saturday's crush. The "
        "investigation is under way with the police.",
    ),
    ("en", "Visit our Leeds shop at 14 Kirkgate Street, open 9 to 6 every day."),
    ("en", "Step 1: open the app. Step 2: tap Settings. It's easy once you know where to look!"),
    (
        "en",
        "Memorial concert for the avalanche victims on Friday: tickets £12.50, all proceeds to "
        "the mountain rescue team.",
    ),
    ("en", "Our office is taking a well-earned break over Christmas. Back on 2 January!"),
    ("en", "Get a job you love: our careers fair is on Thursday at the Town Hall."),
    ("en", "Can you recognise these birds? Our guide to garden species is out now."),
    (
        "fr",
        "Le télésiège des Crêtes ne tournera plus cet hiver, faute de neige. Les forfaits sont "
        "remboursés et la navette gratuite relie le bas des pistes.",
    ),
    (
        "fr",
        "Il suffit de scanner le QR code à l'entrée, ou de montrer votre billet papier à "
        "l'accueil.",
    ),
    (
        "fr",
        "Nous rendons hommage à Marie, partie à 88 ans, fidèle bénévole du festival depuis sa "
        "création.",
    ),
    ("en", "Tough loss today. Let's move on to Saturday's game!"),
    ("en", "Kids' workshop: colour the poster with crayons, all materials provided."),
    ("en", "Our advisers help young people get a job. Drop in on Tuesdays."),
    ("en", "Ask your grandchild to set up video calls, it's a lovely way to stay in touch."),
    ("en", "No pay raise for councillors this year, the council voted on Tuesday."),
    ("fr", "Mamie, ce gâteau est pour toi ! Bonne fête des grands-mères 💐"),
    ("fr", "Ici c'est pas la cuisine de maman, mais presque !"),
    ("en", "Our clinic is moving to a new building, just 2 miles away. Same team, more space!"),
    (
        "fr",
        "La boutique fermera définitivement le 30 juin. Les cartes cadeaux restent valables dans "
        "nos autres magasins, et toute l'équipe est reclassée.",
    ),
    (
        "fr",
        "Comme chaque année, le marché de Noël ouvre le premier week-end de décembre, place de la "
        "Mairie.",
    ),
    (
        "fr",
        "Nous nous excusons auprès des personnes que nous avons fait attendre samedi : c'était "
        "notre erreur d'organisation.",
    ),
    ("fr", "Mesdames, un créneau de coaching est encore libre mardi à 18 h."),
    ("en", "Never forget to bring your loyalty card on Saturday!"),
    (
        "en",
        "Two minutes' silence will be observed at 11am in the main square. The shop opens at 12.",
    ),
    (
        "en",
        "Heartbroken to lose Tom Ashcroft, our first customer. The shop will close at noon on "
        "Friday for his funeral.",
    ),
    (
        "en",
        "Flu cases are rising again: please stay home if you are unwell. Our pharmacists can "
        "advise you.",
    ),
    ("en", "Wifi down all day? Here's how to reset your router, step by step."),
    ("en", "Our helpers work hard to make your stay feel free and easy."),
    ("en", "Before your visit, read the house rules: we have a strict no-smoking policy."),
    ("en", "The priest will bless the new choir boys' robes on Sunday at the cathedral."),
    ("en", "We're sorry the survey link didn't work. It's fixed now, thanks for telling us."),
    (
        "en",
        "Routes 4 and 9 will stop on 1 June. We're sorry: here are the alternatives and the new "
        "timetable.",
    ),
    (
        "en",
        "Prices rise by 4% from April to cover energy costs. We're sorry; concession rates stay "
        "frozen.",
    ),
    (
        "en",
        "Our hearts are with everyone hit by the Millgate floods. Our branches are open as warm "
        "spaces all week.",
    ),
    ("en", "This chocolate cake is to die for, and it's back on the menu!"),
    (
        "fr",
        "Nous sommes désolés, c'est une vraie source de stress. Écrivez-nous, ou demandez à un "
        "proche de nous appeler.",
    ),
    ("fr", "Les horaires d'été sont en ligne sur notre site : ouverture à 8 h dès lundi."),
    ("en", "Show us your best pumpkin pie with #PieWeek, we'll repost our favourites."),
    ("en", "Our shop will take a little break over Christmas and reopen on 2 January ✨"),
    (
        "fr",
        "Nous fermerons définitivement le 30 juin. Merci pour ces 12 années, vous allez nous "
        "manquer.",
    ),
    (
        "fr",
        "Attaque ce matin au centre-ville. Nos pensées vont aux victimes. Nous vous prions "
        "d'éviter le secteur.",
    ),
    ("en", "We are surprised and delighted by your lovely comments, thank you!"),
    ("en", "A customer asked if we could deliver a cake to her mum in hospital, so we did. 💙"),
    (
        "en",
        "Premiums are rising 4% at renewal because repair costs went up. We're sorry; here's how "
        "to compare.",
    ),
    (
        "en",
        "Our new book on the history of the camps is out: a sober account, with survivors' words.",
    ),
    (
        "fr",
        "Les rues de Sainte-Foy sont sous l'eau : la mairie ouvre le gymnase aux sinistrés, "
        "apportez couvertures et papiers.",
    ),
    ("fr", "Racontez-nous en commentaire votre plat préféré de la carte d'hiver !"),
    (
        "fr",
        "Notre box passe à 29,90 €/mois en janvier. On est désolés : le transport a augmenté, et "
        "vous pouvez résilier sans frais.",
    ),
    (
        "en",
        "Our hotel is a Grade II listed building: there is no lift, and we're happy to give you a "
        "ground-floor room.",
    ),
    ("en", "Tell us your favourite dish in the comments, we read them all!"),
    (
        "en",
        "The Ferris wheel is closed today for its annual inspection. Sorry for the "
        "disappointment; all other rides are open.",
    ),
    (
        "en",
        "Two days instead of three this year: we're sorry. Rising costs forced the change, and "
        "every ticket is refundable.",
    ),
    ("en", "We followed the recipe from the book, and the cake turned out great!"),
    (
        "en",
        "I deeply regret the post we sent last night about the strike and apologise to every "
        "nurse. We never meant to belittle them, and it is deleted.",
    ),
    (
        "en",
        "Watch the siege of Orleans re-enacted at the castle this Sunday. Tickets 20% off online!",
    ),
    (
        "fr",
        "Le 22 mars, nous pensons aux victimes. Le café ouvrira à 11 h, après la minute de "
        "silence.",
    ),
    (
        "fr",
        "À partir du 1er février, l'abonnement passe de 9,99 € à 10,99 €. Vous pouvez résilier à "
        "tout moment.",
    ),
    (
        "fr",
        "Nous avons appris avec tristesse le décès de Mme Roy, qui venait chaque matin prendre "
        "son café depuis dix ans. Nos pensées vont à sa famille.",
    ),
    (
        "fr",
        "En Guadeloupe, la cascade est à quelques minutes de marche. Pensez à remporter vos "
        "déchets !",
    ),
    (
        "en",
        "Ahead of publication, we spoke to the editors of a collection of survivors' testimonies "
        "about what has changed since #MeToo.",
    ),
    (
        "en",
        "At 11am we fall silent with the veterans we support; our shops close from 10:45 to "
        "11:15. #RemembranceSunday",
    ),
    (
        "fr",
        "Un candidat a utilisé le mot « nègre » en meeting. Ce n'est pas acceptable, nous "
        "demandons des excuses.",
    ),
    (
        "en",
        "We are deeply saddened by the passing of Ann Lee, who designed our first collection in "
        "1987. Our thoughts are with her family.",
    ),
    (
        "fr",
        "La box passe de 19,90 € à 21,90 € en mars : le transport a augmenté. Vous pouvez "
        "résilier sans frais.",
    ),
    (
        "fr",
        "Notre entrepôt ferme pour inventaire lundi : les commandes partiront mardi. Merci de "
        "votre patience.",
    ),
    (
        "en",
        "We are extremely sorry: our marketing team used your voice work without credit. It has "
        "been removed and we are paying you for it.",
    ),
]

NEAR_MISS_REPLIES = [
    (
        "en",
        "Thanks for reaching out! Your order left our warehouse this morning, tracking link in DM.",
    ),
    (
        "en",
        "Sorry to hear that, Jamie. We've refunded the delivery fee and the driver's "
        "manager will call you today.",
    ),
    (
        "fr",
        "Merci pour votre message ! Votre remboursement a été lancé ce matin, vous le "
        "recevrez sous 3 jours.",
    ),
    ("fr", "Avant de vous déplacer, vérifiez les horaires sur notre site."),
    ("en", "We're sorry that you found the checkout confusing. We've simplified it today."),
]


@pytest.mark.parametrize(("lang", "text"), NEAR_MISSES)
def test_near_misses_stay_quiet(linter: Linter, lang: str, text: str) -> None:
    assert _flags(linter, Post(text=text, lang=lang)) == []


@pytest.mark.parametrize(("lang", "text"), NEAR_MISS_REPLIES)
def test_near_miss_replies_without_context_stay_quiet(linter: Linter, lang: str, text: str) -> None:
    assert _flags(linter, Post(text=text, lang=lang, kind="reply")) == []


def _flags(linter: Linter, post: Post) -> list[str]:
    return [f"{f.rule}: {f.message}" for f in linter.lint(post) if f.severity >= Severity.WARNING]


@pytest.mark.parametrize("text", EN)
def test_ordinary_english_posts_stay_quiet(linter: Linter, text: str) -> None:
    assert _flags(linter, Post(text=text, lang="en")) == []


@pytest.mark.parametrize("text", FR)
def test_ordinary_french_posts_stay_quiet(linter: Linter, text: str) -> None:
    assert _flags(linter, Post(text=text, lang="fr")) == []


@pytest.mark.parametrize(("lang", "text", "answered"), REPLIES)
def test_good_replies_stay_quiet(linter: Linter, lang: str, text: str, answered: str) -> None:
    post = Post(text=text, lang=lang, kind="reply", in_reply_to=answered)
    assert _flags(linter, post) == []


@pytest.mark.parametrize(
    ("text", "lang", "rule", "level"),
    [
        ("#JeSuisCharlie", "fr", "hashtag.registry", Severity.WARNING),
        ("Northwind #BostonStrong", "en", "hashtag.registry", Severity.WARNING),
        ("Pensées pour les victimes. #JeSuisCharlie", "fr", "hashtag.registry", Severity.INFO),
        (
            "Remember Sandy Hook? Our backpacks are 30% off.",
            "en",
            "crisis.promotion",
            Severity.ERROR,
        ),
        ("Share your stories with #NorthwindMemories", "en", "hashtag.open-call", Severity.WARNING),
    ],
)
def test_new_recall_rules_fire_at_their_level(
    linter: Linter, text: str, lang: str, rule: str, level: Severity
) -> None:
    levels = [f.severity for f in linter.lint(Post(text=text, lang=lang)) if f.rule == rule]
    assert levels == [level]
