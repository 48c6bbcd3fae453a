"""The site's own pages in the demo: about Garrison and the privacy notice.

Written for Garrison's demo, in English and Czech. Each body is a list of
``(block_type, value)`` pairs as in :mod:`home.demo.articles`.
"""

PAGES = [
    {
        "slug": "about",
        "title": "About Garrison",
        "intro": (
            "A magazine and an encyclopedia of military history that readers "
            "can check: every article and entry names where its facts come from."
        ),
        "body": [
            (
                "paragraph",
                "<p>Garrison publishes long articles on military history and keeps an "
                "encyclopedia of the people, units, organisations, equipment, places "
                "and events they speak of. Names in an article link to their entries, "
                "and each entry lists the articles that name it, its dates, its "
                "connections and its sources.</p>",
            ),
            ("heading", {"text": "Who writes it", "level": "h2"}),
            (
                "paragraph",
                "<p>Volunteers: researchers, writers, editors, moderators, illustrators, "
                "translators and video makers. An editor who did not write a text "
                "reviews it before it is published. Readers with an account can add a "
                "fact with its source, or correct one, in the discussion under every "
                "page; a moderator reads each post, and editors fold what holds up "
                "into the text, crediting the reader.</p>",
            ),
            ("heading", {"text": "Reusing what you read", "level": "h2"}),
            (
                "paragraph",
                "<p>The text is available under the Creative Commons "
                "Attribution-ShareAlike 4.0 licence unless a page says otherwise. "
                "Each picture carries its own credit and licence. The articles are "
                "also published as RSS and Atom feeds, and the encyclopedia through "
                "a public API.</p>",
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy notice",
        "intro": "What Garrison keeps about you, why, and how to have it removed.",
        "body": [
            ("heading", {"text": "Reading", "level": "h2"}),
            (
                "paragraph",
                "<p>You can read everything without an account. We count how often "
                "each article is read, without cookies and without keeping who read "
                "it. Maps load their tiles from the map provider named on the map, "
                "which sees your address as any website you visit does.</p>",
            ),
            ("heading", {"text": "Accounts and discussions", "level": "h2"}),
            (
                "paragraph",
                "<p>An account keeps the display name, email address and language you "
                "give, and the posts you write. Your address is never shown on the "
                "site. Failed sign-ins are recorded with the address they came from "
                "for a limited time, to stop password guessing. In your settings you "
                "can download everything we keep about you, choose which emails you "
                "get, and delete your account: your name and addresses are then "
                "removed, and your published posts stay, signed as by a deleted "
                "reader.</p>",
            ),
            ("heading", {"text": "Applications to join", "level": "h2"}),
            (
                "paragraph",
                "<p>What you send with an application is read by the moderators and "
                "kept to handle it. If you are not accepted, or you withdraw, you may "
                "ask us to delete it.</p>",
            ),
        ],
    },
]

#: English slug → the Czech version of the page.
CZECH = {
    "about": {
        "title": "O Garrisonu",
        "slug": "o-nas",
        "intro": (
            "Časopis a encyklopedie vojenské historie, které si čtenář může "
            "ověřit: každý článek i heslo uvádí, odkud jeho fakta pocházejí."
        ),
        "body": [
            (
                "paragraph",
                "<p>Garrison vydává delší články o vojenských dějinách a vede "
                "encyklopedii osobností, jednotek, organizací, techniky, míst a "
                "událostí, o kterých píše. Jména v článcích odkazují na hesla a každé "
                "heslo uvádí články, které ho zmiňují, svá data, souvislosti a "
                "prameny.</p>",
            ),
            ("heading", {"text": "Kdo ho píše", "level": "h2"}),
            (
                "paragraph",
                "<p>Dobrovolníci: badatelé, autoři, redaktoři, moderátoři, "
                "ilustrátoři, překladatelé a tvůrci videí. Každý text před vydáním "
                "posoudí redaktor, který ho nepsal. Čtenáři s účtem mohou v diskusi "
                "pod každou stránkou doplnit fakt i s pramenem nebo opravit chybu; "
                "každý příspěvek přečte moderátor a co obstojí, redaktoři zapracují "
                "do textu a čtenáře uvedou.</p>",
            ),
            ("heading", {"text": "Další užití textů", "level": "h2"}),
            (
                "paragraph",
                "<p>Texty jsou k dispozici pod licencí Creative Commons "
                "Uveďte původ – Zachovejte licenci 4.0, pokud stránka neuvádí jinak. "
                "U každého obrázku je uveden jeho autor a licence. Články vycházejí "
                "také jako kanály RSS a Atom a encyklopedie je dostupná přes veřejné "
                "API.</p>",
            ),
        ],
    },
    "privacy": {
        "title": "Ochrana osobních údajů",
        "slug": "ochrana-osobnich-udaju",
        "intro": "Co o vás Garrison uchovává, proč a jak to nechat smazat.",
        "body": [
            ("heading", {"text": "Čtení", "level": "h2"}),
            (
                "paragraph",
                "<p>Číst můžete všechno bez účtu. Počítáme, kolikrát byl který článek "
                "přečten, bez cookies a bez záznamu o tom, kdo ho četl. Mapy načítají "
                "dlaždice od poskytovatele uvedeného na mapě, který vidí vaši adresu "
                "jako kterýkoli web, jejž navštívíte.</p>",
            ),
            ("heading", {"text": "Účty a diskuse", "level": "h2"}),
            (
                "paragraph",
                "<p>U účtu uchováváme zobrazované jméno, e-mailovou adresu a jazyk, "
                "které zadáte, a příspěvky, které napíšete. Vaše adresa se na webu "
                "nikdy nezobrazí. Neúspěšná přihlášení zaznamenáváme po omezenou dobu "
                "i s adresou, odkud přišla, abychom zabránili hádání hesel. V "
                "nastavení si můžete stáhnout vše, co o vás uchováváme, zvolit, jaké "
                "e-maily dostáváte, a účet smazat: jméno a adresy se pak odstraní a "
                "vaše zveřejněné příspěvky zůstanou s podpisem smazaného čtenáře.</p>",
            ),
            ("heading", {"text": "Přihlášky", "level": "h2"}),
            (
                "paragraph",
                "<p>Přihlášku čtou moderátoři a uchováváme ji, dokud ji nevyřídíme. "
                "Pokud přijati nebudete nebo přihlášku stáhnete, můžete nás požádat "
                "o její smazání.</p>",
            ),
        ],
    },
}
