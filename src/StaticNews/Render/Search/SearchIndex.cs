using System.IO.Hashing;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StaticNews.Model;

namespace StaticNews.Render.Search;

/// <summary>
/// The site's search index, made by Pagefind from the articles (one index per language, with tag and author
/// filters, date sort, and title, date, summary and image for results), published under <c>pagefind/</c> in the
/// next generation like every other file. Pagefind runs only when the records changed: otherwise the index of
/// the last build, kept in the cache, is published again, and its files stay hard links.
/// </summary>
public static partial class SearchIndex
{
    /// <param name="cacheDir">Where the last index is kept between builds (<c>.staticnews-output/cache/search</c>).</param>
    /// <param name="articlesRecipe">
    /// The recipe of the site's articles as derived (<see cref="ArticleListIngredients"/>), which a rebuild has
    /// without reading a body; 0 when unknown: then the records themselves are hashed.
    /// </param>
    /// <returns>The index's files; none, with an error in <paramref name="problems"/>, when Pagefind is missing or fails.</returns>
    public static IReadOnlyList<OutputFile> Files(Site site, SiteUrls urls, string inputDir, string cacheDir, Hash128 articlesRecipe, ICollection<Diagnostic> problems)
    {
        // The records are the articles' text: built only when Pagefind has to run, or when the recipe is unknown.
        var records = new Lazy<List<JsonObject>>(() => site.Articles.Select(a => Record(a, urls)).ToList());
        var recipe = articlesRecipe != Hash128.None
            ? "versions:" + articlesRecipe.ToHex()
            : "records:" + Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(string.Join('\n', records.Value.Select(r => r.ToJsonString())))));
        var current = Path.Combine(cacheDir, "current");
        var recipeFile = Path.Combine(cacheDir, "recipe");
        if (!Directory.Exists(current) || !File.Exists(recipeFile) || File.ReadAllText(recipeFile) != recipe)
        {
            if (PagefindBinary.Find(inputDir) is not { } binary)
            {
                problems.Add(Diagnostic.Error(DiagnosticCode.SearchUnavailable, "site.yml", "`search: true`, but Pagefind is not installed.",
                    $"Run `{PagefindBinary.InstallCommand}` beside the input folder, or set PAGEFIND_BINARY to its program, or turn search off."));
                return [];
            }
            try
            {
                Write(binary, records.Value, cacheDir, current);
                File.WriteAllText(recipeFile, recipe);
            }
            catch (Exception e) when (e is SearchIndexException or IOException or UnauthorizedAccessException)
            {
                problems.Add(Diagnostic.Error(DiagnosticCode.SearchUnavailable, binary, $"the search index could not be made: {e.Message}",
                    $"Check that `{PagefindBinary.InstallCommand}` installed a working program."));
                return [];
            }
        }
        return Directory.EnumerateFiles(current, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(file => new OutputFile("pagefind/" + Path.GetRelativePath(current, file).Replace('\\', '/'), null, file)).ToList();
    }

    private static void Write(string binary, List<JsonObject> records, string cacheDir, string current)
    {
        var next = Path.Combine(cacheDir, "next");
        if (Directory.Exists(next)) Directory.Delete(next, recursive: true);
        using (var pagefind = PagefindService.Start(binary))
        {
            var index = pagefind.Send(new JsonObject { ["type"] = "NewIndex", ["config"] = new JsonObject() });
            var id = (int)index["index_id"]!;
            foreach (var record in records)
            {
                record["type"] = "AddRecord";
                record["index_id"] = id;
            }
            pagefind.SendAll(records);
            pagefind.Send(new JsonObject { ["type"] = "WriteFiles", ["index_id"] = id, ["output_path"] = Path.GetFullPath(next) });
        }
        if (Directory.Exists(current)) Directory.Delete(current, recursive: true);
        Directory.Move(next, current);
    }

    /// <summary>What Pagefind keeps of an article: its text in its language, and what a result and a filter show.</summary>
    private static JsonObject Record(Article article, SiteUrls urls)
    {
        var date = Text.IsoDate.Format(article.Date);
        var meta = new JsonObject { ["title"] = article.Title, ["date"] = date, ["summary"] = article.Summary };
        // A result's thumbnail from this site, so the preview and a staging host show it too: the smallest size made.
        if (article.Image is { } image)
            meta["image"] = Pictures.PictureSizes.Resizable(image)
                ? Pictures.PictureSizes.Variant(image.Url, Pictures.PictureSizes.WidthsOf(image)[0], Pictures.PictureSizes.OwnExtension(image)) : image.Url;
        var filters = new JsonObject { ["tag"] = new JsonArray([.. article.Tags.Select(t => JsonValue.Create(t.Name))]) };
        if (article.Authors.Count > 0) filters["author"] = new JsonArray([.. article.Authors.Select(a => JsonValue.Create(a.Name))]);
        return new JsonObject
        {
            ["url"] = article.Url,
            ["content"] = article.Title + "\n" + PlainText(article.Body.Html),
            ["language"] = Text.LanguageTag.Primary(article.Lang),
            ["meta"] = meta,
            ["filters"] = filters,
            ["sort"] = new JsonObject { ["date"] = date },
        };
    }

    private static string PlainText(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " "));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
