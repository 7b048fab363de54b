namespace StaticNews.Theme;

/// <summary>The words of the theme itself, in the page's language; English where a language has none.</summary>
public sealed record ThemeText
{
    /// <summary>The language's name in itself, for the edition switcher: Deutsch, English, Español, Français.</summary>
    public required string LanguageName { get; init; }
    public required string SkipToContent { get; init; }
    public required string Topics { get; init; }
    public required string AllTopics { get; init; }
    public required string Authors { get; init; }
    public required string Feed { get; init; }
    public required string AtomFeed { get; init; }
    public required string JsonFeed { get; init; }
    public required string MinutesRead { get; init; }
    public required string Updated { get; init; }
    public required string By { get; init; }
    /// <summary>Between the last two names of a byline.</summary>
    public required string And { get; init; }
    public required string PreviousStory { get; init; }
    public required string NextStory { get; init; }
    public required string MoreStories { get; init; }
    public required string Related { get; init; }
    public required string Newer { get; init; }
    public required string Older { get; init; }
    /// <summary>"Page 2 of 5": <c>{0}</c> the page, <c>{1}</c> the count.</summary>
    public required string PageOf { get; init; }
    public required string TaggedWith { get; init; }
    public required string Articles { get; init; }
    public required string Pages { get; init; }
    public required string Archive { get; init; }
    public required string Editions { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundText { get; init; }
    public required string BackHome { get; init; }
    public required string Redirecting { get; init; }
    public required string AlsoIn { get; init; }
    public required string Search { get; init; }
    public required string SearchLabel { get; init; }
    public required string SearchNote { get; init; }

    public static ThemeText For(string lang) => lang.Split('-')[0] switch
    {
        "de" => German,
        "es" => Spanish,
        "fr" => French,
        _ => English,
    };

    /// <summary>A language's own name; its code where the theme has none.</summary>
    public static string NameOf(string lang) => lang.Split('-')[0] switch
    {
        "de" or "en" or "es" or "fr" => For(lang).LanguageName,
        var other => other,
    };

    private static readonly ThemeText German = new()
    {
        LanguageName = "Deutsch", SkipToContent = "Zum Inhalt springen", Topics = "Themen", AllTopics = "Alle Themen",
        Authors = "Autorinnen und Autoren", Feed = "RSS-Feed", AtomFeed = "Atom-Feed", JsonFeed = "JSON-Feed",
        MinutesRead = "Min. Lesezeit", Updated = "Aktualisiert", By = "Von", And = "und", PreviousStory = "Vorheriger Artikel",
        NextStory = "Nächster Artikel", MoreStories = "Weitere Artikel", Related = "Mehr zum Thema", Newer = "Neuere Artikel",
        Older = "Ältere Artikel", PageOf = "Seite {0} von {1}", TaggedWith = "Thema", Articles = "Artikel", Pages = "Seiten",
        Archive = "Archiv", Editions = "Ausgaben", NotFoundTitle = "Seite nicht gefunden", NotFoundText = "Diese Seite gibt es nicht (mehr).",
        BackHome = "Zur Startseite", Redirecting = "Weiter zu", AlsoIn = "Auch auf", Search = "Suche", SearchLabel = "Suchbegriff",
        SearchNote = "Die Suche braucht JavaScript und den Suchindex, den Pagefind beim Veröffentlichen schreibt.",
    };

    private static readonly ThemeText Spanish = new()
    {
        LanguageName = "Español", SkipToContent = "Ir al contenido", Topics = "Temas", AllTopics = "Todos los temas",
        Authors = "Autores", Feed = "Feed RSS", AtomFeed = "Feed Atom", JsonFeed = "Feed JSON",
        MinutesRead = "min de lectura", Updated = "Actualizado", By = "Por", And = "y", PreviousStory = "Noticia anterior",
        NextStory = "Noticia siguiente", MoreStories = "Más noticias", Related = "Noticias relacionadas", Newer = "Más recientes",
        Older = "Más antiguas", PageOf = "Página {0} de {1}", TaggedWith = "Tema", Articles = "artículos", Pages = "Páginas",
        Archive = "Archivo", Editions = "Ediciones", NotFoundTitle = "Página no encontrada", NotFoundText = "Esta página no existe.",
        BackHome = "Volver a la portada", Redirecting = "Ir a", AlsoIn = "También en", Search = "Buscar", SearchLabel = "Término de búsqueda",
        SearchNote = "La búsqueda necesita JavaScript y el índice que Pagefind escribe al publicar.",
    };

    private static readonly ThemeText French = new()
    {
        LanguageName = "Français", SkipToContent = "Aller au contenu", Topics = "Thèmes", AllTopics = "Tous les thèmes",
        Authors = "Auteurs", Feed = "Flux RSS", AtomFeed = "Flux Atom", JsonFeed = "Flux JSON",
        MinutesRead = "min de lecture", Updated = "Mis à jour", By = "Par", And = "et", PreviousStory = "Article précédent",
        NextStory = "Article suivant", MoreStories = "Autres articles", Related = "Sur le même sujet", Newer = "Plus récents",
        Older = "Plus anciens", PageOf = "Page {0} sur {1}", TaggedWith = "Thème", Articles = "articles", Pages = "Pages",
        Archive = "Archives", Editions = "Éditions", NotFoundTitle = "Page introuvable", NotFoundText = "Cette page n’existe pas.",
        BackHome = "Retour à l’accueil", Redirecting = "Aller à", AlsoIn = "Aussi en", Search = "Recherche", SearchLabel = "Terme recherché",
        SearchNote = "La recherche a besoin de JavaScript et de l’index que Pagefind écrit à la publication.",
    };

    private static readonly ThemeText English = new()
    {
        LanguageName = "English", SkipToContent = "Skip to content", Topics = "Topics", AllTopics = "All topics",
        Authors = "Authors", Feed = "RSS feed", AtomFeed = "Atom feed", JsonFeed = "JSON feed",
        MinutesRead = "min read", Updated = "Updated", By = "By", And = "and", PreviousStory = "Previous story",
        NextStory = "Next story", MoreStories = "More stories", Related = "Related stories", Newer = "Newer stories",
        Older = "Older stories", PageOf = "Page {0} of {1}", TaggedWith = "Topic", Articles = "articles", Pages = "Pages",
        Archive = "Archive", Editions = "Editions", NotFoundTitle = "Page not found", NotFoundText = "This page does not exist.",
        BackHome = "Back to the front page", Redirecting = "Continue to", AlsoIn = "Also in", Search = "Search", SearchLabel = "Search term",
        SearchNote = "Search needs JavaScript and the index Pagefind writes when the site is published.",
    };
}
