using System.Globalization;
using StaticNews.Theme.Views;

namespace StaticNews.Theme;

/// <summary>Page titles as the theme words them: <c>Thema: NATO – StaticNews – Seite 2 von 3</c>.</summary>
public static class PageTitles
{
    public static string Compose(PageTitle title, string lang)
    {
        var text = ThemeText.For(lang);
        var name = title.Kind switch
        {
            PageKind.Front => null,
            PageKind.Tag => $"{text.TaggedWith}: {title.Name}",
            PageKind.TagIndex => text.AllTopics,
            PageKind.AuthorIndex => text.Authors,
            PageKind.Search => text.Search,
            PageKind.NotFound => text.NotFoundTitle,
            _ => title.Name,
        };
        var composed = name is null ? title.SiteName : $"{name} – {title.SiteName}";
        return title.Page > 1 ? $"{composed} – {string.Format(CultureInfo.InvariantCulture, text.PageOf, title.Page, title.PageCount)}" : composed;
    }
}
