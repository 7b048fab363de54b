using System.Collections.Frozen;

namespace StaticNews.Enrich.Names;

/// <summary>
/// The words around names that tell them apart from common nouns, in German, English, Spanish and French: the
/// nouns that head an organisation's name, the titles before a person's, the prepositions before a place's, and
/// the articles that a common noun takes and a name (mostly) does not.
/// </summary>
public static class NameWords
{
    /// <summary>Nouns that head an organisation's name: <c>Banco</c> Interamericano, Europäische <c>Zentralbank</c>, African Development <c>Bank</c>.</summary>
    private static readonly WordSet OrganisationHeads = new(
    [
        // German
        "Bank", "Zentralbank", "Bundesbank", "Bahn", "Kammer", "Ministerium", "Kommission", "Rat", "Verband", "Agentur",
        "Universität", "Hochschule", "Institut", "Gericht", "Gerichtshof", "Partei", "Amt", "Behörde", "Dienst",
        "Wetterdienst", "Stiftung", "Gesellschaft", "Union", "Parlament", "Polizei", "Konzern", "Werke", "Gewerkschaft",
        "Bund", "Akademie", "Verein", "Zentrum", "Fonds", "Gruppe", "Flughafen", "Hafen", "Klinikum", "Senat",
        "Bundestag", "Landtag", "Bundesrat", "Bundesregierung", "Landesregierung", "Wirtschaftskammer", "Handelskammer",
        // English
        "Ministry", "Commission", "Council", "Agency", "University", "Association", "Parliament", "Court", "Party",
        "Institute", "Office", "Department", "Fund", "Organization", "Organisation", "Authority", "Service", "Company",
        "Corporation", "Federation", "Foundation", "Committee", "Police", "Airlines", "Airways", "Railways", "Board",
        "Assembly", "Senate", "Congress", "Reserve", "Forum", "Alliance", "Museum", "Hospital", "College", "Airport",
        // Spanish
        "Banco", "Ministerio", "Comisión", "Consejo", "Junta", "Agencia", "Universidad", "Asociación", "Unión",
        "Parlamento", "Tribunal", "Partido", "Instituto", "Fondo", "Organización", "Fundación", "Comité", "Confederación",
        "Federación", "Cámara", "Congreso", "Senado", "Ayuntamiento", "Generalitat", "Xunta", "Policía", "Guardia",
        "Servicio", "Oficina", "Corte", "Autoridad", "Secretaría", "Aeropuerto", "Museo", "Sindicato",
        // French
        "Banque", "Ministère", "Conseil", "Agence", "Université", "Parlement", "Cour", "Parti", "Organisation",
        "Fédération", "Fondation", "Assemblée", "Sénat", "Région", "Mairie", "Préfecture", "Caisse", "Société",
        "Groupe", "Chambre", "Gendarmerie", "Syndicat", "Aéroport", "Musée", "Hôpital", "Autorité", "Département",
    ]);

    /// <summary>Endings of German compounds that name an institution on their own: <c>Bundesbank</c>, <c>Wirtschaftskammer</c>.</summary>
    private static readonly string[] GermanInstitutionEndings =
        ["bank", "bahn", "kammer", "ministerium", "kommission", "agentur", "universität", "gewerkschaft", "stiftung", "behörde"];

    /// <summary>Titles before a person's name: <c>Kanzler</c> Scholz, <c>presidente</c> Sánchez.</summary>
    private static readonly WordSet PersonTitles = new(
    [
        "Präsident", "Präsidentin", "Kanzler", "Kanzlerin", "Bundeskanzler", "Bundeskanzlerin", "Minister", "Ministerin",
        "Ministerpräsident", "Ministerpräsidentin", "Bürgermeister", "Bürgermeisterin", "Oberbürgermeister",
        "Oberbürgermeisterin", "Papst", "König", "Königin", "Senator", "Senatorin", "Gouverneur", "Gouverneurin",
        "Bundespräsident", "Bundespräsidentin", "Staatschef", "Staatschefin", "Regierungschef", "Regierungschefin",
        "President", "Chancellor", "Secretary", "Mayor", "Governor", "Pope", "King", "Queen", "Prince", "Princess",
        "Dr", "Mr", "Mrs", "Ms", "Sir", "Lady", "Lord",
        "presidente", "presidenta", "ministro", "ministra", "alcalde", "alcaldesa", "rey", "reina", "papa", "canciller",
        "gobernador", "gobernadora",
        "président", "présidente", "ministre", "maire", "chancelier", "chancelière", "roi", "reine", "pape", "gouverneur",
    ], ignoreCase: true);

    /// <summary>Prepositions a place follows: <c>in</c> Kiel, <c>aus</c> Kanada, <c>zwischen</c> München und Salzburg.</summary>
    private static readonly WordSet PlaceIntroducers = new(
    [
        "in", "im", "nach", "aus", "von", "zwischen", "bei", "und", "sowie", "oder", "nahe",
        "from", "to", "at", "near", "between", "of", "and", "en", "desde", "hacia", "entre", "y", "à", "vers", "près",
        "et", "de", "a", "au", "aux",
    ], ignoreCase: true);

    /// <summary>Articles and determiners: a word most often after one of these is a common noun (<c>die Lage</c>, <c>el Gobierno</c>, <c>les États</c>).</summary>
    private static readonly WordSet Determiners = new(
    [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine",
        "am", "im", "zum", "zur", "beim", "vom", "ins", "ans",
        "the", "a", "an", "this", "that", "these", "its", "their",
        "el", "la", "los", "las", "un", "una", "unos", "unas", "al", "del", "este", "esta", "su", "sus",
        "le", "les", "l'", "l’", "un", "une", "du", "des", "au", "aux", "ce", "cette", "ces", "son", "sa", "ses", "leur",
    ], ignoreCase: true);

    /// <summary>Lowercase words that join a name's capitalised words: Junta <c>de</c> Andalucía, Ministerio <c>para la</c> Transición Ecológica.</summary>
    private static readonly WordSet Connectors = new(
        ["de", "del", "la", "las", "los", "para", "por", "of", "for", "the", "du", "des", "pour", "d'", "d’", "l'", "l’", "van", "von", "da", "di", "dos"]);

    /// <summary>French and Spanish adjective endings: a lowercase adjective after a name's head is part of it (<c>Parlement européen</c>).</summary>
    private static readonly string[] RomanceAdjectiveEndings =
        ["éen", "éenne", "éens", "éennes", "al", "ale", "aux", "ales", "ique", "iques", "ais", "aise", "ain", "aine", "ien", "ienne",
         "el", "elle", "if", "ive", "aire", "eo", "ea", "ano", "ana", "ico", "ica", "ense"];

    /// <summary>Days and months: capitalised in German and English, never a tag.</summary>
    private static readonly WordSet Calendar = new(
    [
        "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "Januar", "Februar", "März", "Juni", "Juli",
        "Oktober", "Dezember", "January", "February", "March", "April", "June", "July", "August", "September", "October",
        "November", "December", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ], ignoreCase: true);

    public static bool IsCalendarWord(ReadOnlySpan<char> word) => Calendar.Contains(word);

    public static bool IsOrganisationHead(ReadOnlySpan<char> word) => OrganisationHeads.Contains(word);

    /// <summary>A German compound ending in an institution's noun, with a word before it: <c>Bundesbank</c>, not <c>Bank</c>.</summary>
    public static bool IsGermanInstitution(ReadOnlySpan<char> word) => EndsWithAny(word, GermanInstitutionEndings, before: 4);

    /// <summary>Endings of German nouns that head a name but are common nouns alone: Deutscher Wetter<c>dienst</c>, Stadt<c>werke</c> Kiel.</summary>
    private static readonly string[] GermanHeadEndings = ["werke", "zentrale", "dienst", "verband", "gericht", "institut"];

    /// <summary>A German name's noun heads an organisation when it is one of the heads or a compound ending in one.</summary>
    public static bool HeadsGermanOrganisation(ReadOnlySpan<char> word) =>
        IsOrganisationHead(word) || IsGermanInstitution(word) || EndsWithAny(word, GermanHeadEndings);

    /// <summary>Nouns a German name stands beside to say what it is: <c>Gewerkschaft</c> Verdi, <c>Stadt</c> Passau.</summary>
    private static readonly WordSet KindNouns = new(
    [
        "Gewerkschaft", "Konzern", "Unternehmen", "Firma", "Partei", "Stadt", "Gemeinde", "Landkreis", "Fluggesellschaft",
        "Airline", "Hersteller", "Autobauer", "Sender", "Zeitung", "Verein", "Klub", "Club", "Insel", "Bundesland",
        "Trainer", "Trainerin", "Sänger", "Sängerin", "Schauspieler", "Schauspielerin", "Autor", "Autorin",
    ]);

    /// <summary>Endings of German compound titles: Wirtschafts<c>minister</c>, Minister<c>präsidentin</c>, Konzern<c>chef</c>.</summary>
    private static readonly string[] GermanTitleEndings =
        ["minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "bürgermeister", "bürgermeisterin", "chef", "chefin"];

    /// <summary>A title or a kind noun right before a name: <c>Kanzler</c> Scholz, <c>presidente</c> Sánchez, <c>Gewerkschaft</c> Verdi.</summary>
    public static bool IntroducesName(ReadOnlySpan<char> word) =>
        PersonTitles.Contains(word) || KindNouns.Contains(word) || (char.IsUpper(word[0]) && EndsWithAny(word, GermanTitleEndings, before: 3));

    public static bool IsPlaceIntroducer(ReadOnlySpan<char> word) => PlaceIntroducers.Contains(word);

    public static bool IsDeterminer(ReadOnlySpan<char> word) => Determiners.Contains(word);

    public static bool IsConnector(ReadOnlySpan<char> word) => Connectors.Contains(word);

    public static bool IsRomanceAdjective(ReadOnlySpan<char> word) =>
        word.Length >= 4 && char.IsLower(word[0]) && EndsWithAny(word, RomanceAdjectiveEndings);

    /// <summary>Whether the word ends in one of <paramref name="endings"/> with at least <paramref name="before"/> letters before it.</summary>
    private static bool EndsWithAny(ReadOnlySpan<char> word, string[] endings, int before = 0)
    {
        foreach (var ending in endings)
            if (word.Length >= ending.Length + before && word.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>A word set looked up by spans, so testing a word of running text cuts no string out of it.</summary>
    private sealed class WordSet(string[] words, bool ignoreCase = false)
    {
        private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words =
            words.ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        public bool Contains(ReadOnlySpan<char> word) => _words.Contains(word);
    }
}
