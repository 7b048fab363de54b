using StaticNews.Parse;

namespace StaticNews.Tests.Parse;

/// <summary>Dump text is escaped so that Markdown shows it exactly as written.</summary>
public sealed class MarkdownTextTests
{
    private static readonly MarkdownRenderer Renderer = new(unsafeHtml: false, basePath: "");

    [Theory]
    [InlineData("*wichtig* und _auch_", "<p>*wichtig* und _auch_</p>")]
    [InlineData("# Keine Überschrift", "<p># Keine Überschrift</p>")]
    [InlineData("1. Kein Listenpunkt", "<p>1. Kein Listenpunkt</p>")]
    [InlineData("2024) kein Punkt", "<p>2024) kein Punkt</p>")]
    [InlineData("- kein Punkt", "<p>- kein Punkt</p>")]
    [InlineData("+ kein Punkt", "<p>+ kein Punkt</p>")]
    [InlineData("a <script>alert(1)</script> b", "<p>a &lt;script&gt;alert(1)&lt;/script&gt; b</p>")]
    [InlineData("[kein](Link) und `kein Code`", "<p>[kein](Link) und `kein Code`</p>")]
    [InlineData("AT&T und &copy; bleiben", "<p>AT&amp;T und &amp;copy; bleiben</p>")]
    [InlineData("~~nicht durchgestrichen~~ \\ Backslash", "<p>~~nicht durchgestrichen~~ \\ Backslash</p>")]
    [InlineData("> kein Zitat", "<p>&gt; kein Zitat</p>")]
    public void Escaped_text_renders_as_written(string text, string html) =>
        Assert.Equal(html, Renderer.Render(MarkdownText.Escape(text), "").Html.Trim());
}
