using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using StaticNews.Model;
using StaticNews.Render;
using StaticNews.Theme.Views;

namespace StaticNews.Tests.Site;

/// <summary>
/// An article's body reaches its page as the UTF-8 it is kept in: the theme shows a placeholder, and the engine
/// writes the body's bytes in its place, wherever and however often the theme shows it, and no page keeps one.
/// </summary>
public sealed class ArticleBodyTests : IDisposable
{
    private readonly TestSite _site = TestSite.Sample();

    /// <summary>A theme that shows the body twice, between markup of its own.</summary>
    private sealed class BodyTwice : ComponentBase
    {
        [Parameter] public ArticleView Model { get; set; } = null!;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.AddMarkupContent(0, "<p>vorher</p>");
            builder.AddContent(1, Model.Body.Markup);
            builder.AddMarkupContent(2, "<hr>");
            builder.AddContent(3, Model.Body.Markup);
        }
    }

    [Fact]
    public async Task The_body_is_written_wherever_the_theme_shows_it()
    {
        var site = SiteBuilder.Model(_site.Options, []).Site;
        var edition = site.Editions[0];
        var article = edition.Articles[0] with { Body = new ArticleBody("<p>Grüße aus Zürich – „Ja“ &amp; 🗞</p>"u8.ToArray()) };
        var view = new PageModels(site, edition, new SiteUrls(site.Config).For(edition)).Article(article);
        await using var renderer = new ThemeRenderer();
        for (var page = 0; page < 3; page++) // the renderer's buffers are reused from page to page
            Assert.Equal("<p>vorher</p><p>Grüße aus Zürich – „Ja“ &amp; 🗞</p><hr><p>Grüße aus Zürich – „Ja“ &amp; 🗞</p>",
                Encoding.UTF8.GetString(renderer.RenderUtf8<BodyTwice>(view).Span));
    }

    [Fact]
    public void Every_article_page_holds_its_body_and_no_page_a_placeholder()
    {
        var report = _site.Publish();
        Assert.NotEmpty(report.Site!.Articles);
        foreach (var article in report.Site.Articles)
            Assert.Contains(article.Body.Html, _site.Read(article.Url.Trim('/') + "/index.html"));
        foreach (var file in _site.OutputFiles())
            Assert.DoesNotContain("<!--staticnews-body-", File.ReadAllText(Path.Combine(_site.Output, file)));
    }

    public void Dispose() => _site.Dispose();
}
