namespace StaticNews.Theme.Views;

/// <summary>What a page is, for its title: the theme words it (<see cref="PageTitles"/>).</summary>
public enum PageKind { Front, Article, Tag, Author, Archive, TagIndex, AuthorIndex, Search, NotFound }

/// <summary>The parts of a page's title; the theme composes them in the page's language.</summary>
/// <param name="SiteName">The edition's name.</param>
/// <param name="Name">The page's own name: a headline, a tag, an author, a period; null where its kind names it.</param>
/// <param name="Page">Which page of a list, 1-based.</param>
public sealed record PageTitle(PageKind Kind, string SiteName, string? Name = null, int Page = 1, int PageCount = 1);
