using System.Globalization;
using StaticNews.Theme.Views;

namespace StaticNews.Theme;

/// <summary>Page titles (and the descriptions of lists) as the theme words them: <c>Thema: NATO – StaticNews – Seite 2 von 3</c>.</summary>
public static class PageTitles
{
    public static string Compose(PageTitle title, string lang)
    {
        var text = ThemeText.For(lang);
        var name = Name(title, lang);
        var composed = name is null ? title.SiteName : $"{name} – {title.SiteName}";
        return title.Page > 1 ? $"{composed} – {string.Format(CultureInfo.InvariantCulture, text.PageOf, title.Page, title.PageCount)}" : composed;
    }

    /// <summary>The page's own name, without the site's: also the heading of an index (<c>Alle Themen</c>); null for a front page.</summary>
    public static string? Name(PageTitle title, string lang)
    {
        var text = ThemeText.For(lang);
        return title.Kind switch
        {
            PageKind.Front => null,
            PageKind.Tag => $"{text.TaggedWith}: {title.Name}",
            PageKind.TagIndex => text.AllTopics,
            PageKind.AuthorIndex => text.Authors,
            PageKind.Search => text.Search,
            PageKind.NotFound => text.NotFoundTitle,
            _ => title.Name,
        };
    }

    /// <summary>A page's description where the engine gives none: what a list or an index holds.</summary>
    public static string Describe(PageTitle title, string lang)
    {
        var text = ThemeText.For(lang);
        return title.Kind switch
        {
            PageKind.Tag => $"{text.TaggedWith}: {title.Name}",
            PageKind.Author => $"{text.By} {title.Name}: {title.SiteName}",
            PageKind.Archive => $"{text.Archive}: {title.Name}",
            PageKind.TagIndex => $"{text.AllTopics}: {title.SiteName}",
            PageKind.AuthorIndex => $"{text.Authors}: {title.SiteName}",
            PageKind.NotFound => text.NotFoundText,
            _ => title.SiteName,
        };
    }
}
