namespace StaticNews.Theme;

/// <summary>The words of the theme itself, in the page's language; English where a language has none.</summary>
public sealed record ThemeText(
    string SkipToContent, string Topics, string AllTopics, string Feed, string MinutesRead, string Updated, string By,
    string PreviousStory, string NextStory, string MoreStories, string Newer, string Older, string PageOf, string TaggedWith,
    string Articles, string NotFoundTitle, string NotFoundText, string BackHome, string Pages, string Redirecting, string AlsoIn,
    string AtomFeed, string JsonFeed, string Search, string SearchLabel, string SearchNote)
{
    public static ThemeText For(string lang) => lang.Split('-')[0] switch
    {
        "de" => new("Zum Inhalt springen", "Themen", "Alle Themen", "RSS-Feed", "Min. Lesezeit", "Aktualisiert", "Von",
            "Vorheriger Artikel", "Nächster Artikel", "Weitere Artikel", "Neuere Artikel", "Ältere Artikel", "Seite {0} von {1}",
            "Thema", "Artikel", "Seite nicht gefunden", "Diese Seite gibt es nicht (mehr).", "Zur Startseite", "Seiten", "Weiter zu", "Auch auf",
            "Atom-Feed", "JSON-Feed", "Suche", "Suchbegriff", "Die Suche braucht JavaScript und den Suchindex, den Pagefind beim Veröffentlichen schreibt."),
        "es" => new("Ir al contenido", "Temas", "Todos los temas", "Feed RSS", "min de lectura", "Actualizado", "Por",
            "Noticia anterior", "Noticia siguiente", "Más noticias", "Más recientes", "Más antiguas", "Página {0} de {1}",
            "Tema", "artículos", "Página no encontrada", "Esta página no existe.", "Volver a la portada", "Páginas", "Ir a", "También en",
            "Feed Atom", "Feed JSON", "Buscar", "Término de búsqueda", "La búsqueda necesita JavaScript y el índice que Pagefind escribe al publicar."),
        "fr" => new("Aller au contenu", "Thèmes", "Tous les thèmes", "Flux RSS", "min de lecture", "Mis à jour", "Par",
            "Article précédent", "Article suivant", "Autres articles", "Plus récents", "Plus anciens", "Page {0} sur {1}",
            "Thème", "articles", "Page introuvable", "Cette page n’existe pas.", "Retour à l’accueil", "Pages", "Aller à", "Aussi en",
            "Flux Atom", "Flux JSON", "Recherche", "Terme recherché", "La recherche a besoin de JavaScript et de l’index que Pagefind écrit à la publication."),
        _ => new("Skip to content", "Topics", "All topics", "RSS feed", "min read", "Updated", "By",
            "Previous story", "Next story", "More stories", "Newer stories", "Older stories", "Page {0} of {1}",
            "Topic", "articles", "Page not found", "This page does not exist.", "Back to the front page", "Pages", "Continue to", "Also in",
            "Atom feed", "JSON feed", "Search", "Search term", "Search needs JavaScript and the index Pagefind writes when the site is published."),
    };
}
