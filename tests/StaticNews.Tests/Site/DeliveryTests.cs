using System.IO.Compression;
using System.Text.RegularExpressions;
using StaticNews.Commands;
using StaticNews.Model;

namespace StaticNews.Tests.Site;

/// <summary>Delivered fast by any CDN or server (issue #16): hashed assets, _headers, _redirects, twins, the nginx block.</summary>
public sealed partial class DeliveryTests : IDisposable
{
    private readonly TestSite _site = new TestSite().Add("site.yml", "baseUrl: https://example.org/news/\nlanguage: de\n")
        .Add("a.md", Page("Alpha", "2024-12-01T10:00:00Z", "aliases: [/alt/alpha/, /2019/alpha.html]\n"))
        .Add("b.md", Page("Beta", "2024-12-02T10:00:00Z"));

    private static string Page(string title, string date, string extra = "") =>
        $"---\ntitle: {title}\ndate: {date}\ntags: [Gipfel]\n{extra}---\n{string.Concat(Enumerable.Repeat($"{title} ist ein Absatz mit genug Text, um komprimiert zu werden. ", 40))}\n";

    private string StylesheetOf(string page) => StylesheetLink().Match(_site.Read(page)).Groups[1].Value;

    [Fact]
    public void The_stylesheet_is_published_under_a_name_of_its_bytes_and_a_new_stylesheet_gets_a_new_name()
    {
        var theme = Path.Combine(_site.Root, "theme-assets");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "site.css"), "body { color: black; }\n");
        var options = _site.Options with { ThemeAssetsDir = theme };
        _site.Publish(options);
        var first = StylesheetOf("index.html");
        Assert.Matches(@"^assets/site\.[0-9a-f]{12}\.css$", first);
        Assert.Equal(first, StylesheetOf("2024/12/01/alpha/index.html"));
        var stamp = File.GetLastWriteTimeUtc(Path.Combine(_site.Output, first));

        _site.Add("b.md", Page("Beta", "2024-12-02T10:00:00Z", "summary: Neu\n"));
        _site.Publish(options);
        Assert.Equal(first, StylesheetOf("index.html"));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(_site.Output, first))); // the same file, linked

        File.WriteAllText(Path.Combine(theme, "site.css"), "body { color: navy; }\n");
        _site.Publish(options);
        var second = StylesheetOf("index.html");
        Assert.NotEqual(first, second);
        foreach (var page in _site.OutputFiles().Where(f => f.EndsWith("index.html", StringComparison.Ordinal) && !_site.Read(f).Contains("http-equiv", StringComparison.Ordinal)))
            Assert.Equal(second, StylesheetOf(page));
        Assert.False(_site.Exists(first));
        Assert.Equal(Clean(options), TestSite.Hashes(_site.Output));
    }

    [Fact]
    public void Headers_cache_hashed_assets_for_a_year_revalidate_the_rest_and_stay_within_the_hosts_limit()
    {
        _site.Publish();
        var headers = _site.Read("_headers");
        Assert.Contains("/news/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n", headers);
        Assert.Contains("/news/\n  Cache-Control: public, max-age=0, must-revalidate\n", headers);
        Assert.Contains("/news/feed.xml\n  Cache-Control: public, max-age=0, must-revalidate\n", headers);
        Assert.Contains("/news/2024/*\n  Cache-Control: public, max-age=0, must-revalidate\n", headers);
        Assert.Contains("/news/*\n  X-Content-Type-Options: nosniff\n", headers);
        Assert.Contains("Content-Security-Policy: default-src 'self'", headers);
        var rules = headers.Split('\n').Count(l => l.StartsWith('/'));
        Assert.InRange(rules, 1, Render.HostFiles.MaxHeaderRules);
        // No Cache-Control rule but the assets' own may match an asset: hosts join or pick among matching rules.
        Assert.DoesNotContain(headers.Split('\n').Where(l => l.StartsWith('/')), l => l != "/news/assets/*" && l != "/news/*" && l.StartsWith("/news/assets", StringComparison.Ordinal));
    }

    [Fact]
    public void Redirects_send_every_alias_to_its_article_with_a_301()
    {
        _site.Publish();
        var redirects = _site.Read("_redirects");
        Assert.Contains("/news/2019/alpha.html /news/2024/12/01/alpha/ 301\n", redirects);
        Assert.Contains("/news/alt/alpha/ /news/2024/12/01/alpha/ 301\n", redirects);
        Assert.True(_site.Exists("alt/alpha/index.html")); // the alias page stays for hosts that read neither file
    }

    [Fact]
    public void More_aliases_than_a_host_reads_are_a_warning_and_the_file_stays_within_its_limits()
    {
        var aliases = string.Join(", ", Enumerable.Range(0, 2500).Select(i => $"/archiv/{i:0000}/"));
        _site.Add("c.md", Page("Gamma", "2024-12-03T10:00:00Z", $"aliases: [{aliases}]\n"));
        var report = _site.Publish();
        Assert.Contains(report.Warnings, w => w.Code == DiagnosticCode.RedirectsLeftOut && w.Message.StartsWith("502 alias(es)", StringComparison.Ordinal));
        var bytes = File.ReadAllBytes(Path.Combine(_site.Output, "_redirects"));
        Assert.True(bytes.Length <= Render.HostFiles.MaxRedirectBytes);
        Assert.Equal(Render.HostFiles.MaxRedirects, System.Text.Encoding.UTF8.GetString(bytes).Split('\n').Count(l => l.EndsWith(" 301", StringComparison.Ordinal)));
    }

    [Fact]
    public void Precompression_writes_twins_that_decompress_to_their_file_and_keeps_unchanged_twins_as_links()
    {
        var options = _site.Options with { Precompress = true };
        _site.Publish(options);
        var page = Path.Combine(_site.Output, "2024/12/01/alpha/index.html");
        Assert.Equal(File.ReadAllBytes(page), Brotli(File.ReadAllBytes(page + ".br")));
        Assert.Equal(File.ReadAllBytes(page), Gunzip(File.ReadAllBytes(page + ".gz")));
        Assert.False(_site.Exists("robots.txt.br")); // under 1 KiB, and not a kind a server compresses here
        Assert.False(_site.Exists("_redirects.gz"));
        Assert.True(_site.Exists(StylesheetOf("index.html") + ".br"));

        var inodes = Inodes(page, page + ".br", page + ".gz");
        _site.Add("b.md", Page("Beta", "2024-12-02T10:00:00Z", "summary: Neu\n"));
        _site.Publish(options);
        Assert.Equal(inodes, Inodes(page, page + ".br", page + ".gz"));
        var beta = Path.Combine(_site.Output, "2024/12/02/beta/index.html");
        Assert.Equal(File.ReadAllBytes(beta), Brotli(File.ReadAllBytes(beta + ".br")));
        Assert.Equal(Clean(options), TestSite.Hashes(_site.Output));

        _site.Publish(); // off again: the twins go
        Assert.DoesNotContain(_site.OutputFiles(), f => f.EndsWith(".br", StringComparison.Ordinal) || f.EndsWith(".gz", StringComparison.Ordinal));
    }

    [Fact]
    public void Precompress_in_site_yml_turns_twins_on()
    {
        _site.Add("site.yml", "baseUrl: https://example.org/news/\nprecompress: true\n");
        _site.Publish();
        Assert.True(_site.Exists("index.html.br") && _site.Exists("index.html.gz"));
    }

    [Fact]
    public void The_nginx_block_serves_the_output_under_the_base_path_with_every_alias()
    {
        var report = _site.Publish();
        var block = HostingCommand.NginxBlock(report.Site!, _site.Output, 8080);
        Assert.Contains($"    root {_site.Output};\n", block);
        Assert.Contains("    listen 8080;\n    server_name example.org;\n", block);
        Assert.Contains("    brotli_static on;\n    gzip_static on;\n", block);
        Assert.Contains("    error_page 404 /news/404.html;\n", block);
        Assert.Contains("    location = /news/alt/alpha/ { return 301 /news/2024/12/01/alpha/; }\n", block);
        Assert.Contains("    location ^~ /news/assets/ {\n        rewrite ^/news(/.*)$ $1 break;\n", block);
        Assert.Contains("add_header Cache-Control \"public, max-age=31536000, immutable\";", block);
        Assert.Contains("    autoindex off;\n", block);
        Assert.Equal(block.Count(c => c == '{'), block.Count(c => c == '}'));
    }

    private Dictionary<string, string> Clean(BuildOptions options)
    {
        var clean = Path.Combine(_site.Root, "clean-" + Guid.NewGuid().ToString("N"));
        Assert.True(SiteBuilder.Build(options with { OutputDir = clean }).Published);
        return TestSite.Hashes(clean);
    }

    private static byte[] Brotli(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress)) brotli.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Gunzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress)) gzip.CopyTo(output);
        return output.ToArray();
    }

    private static string Inodes(params string[] paths) =>
        string.Join(',', paths.Select(p => new FileInfo(p).Exists ? System.IO.File.GetLastWriteTimeUtc(p).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + InodeOf(p) : "missing"));

    private static string InodeOf(string path)
    {
        var start = new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true };
        using var stat = System.Diagnostics.Process.Start(start)!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return inode;
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"/news/([^\"]+)\"")]
    private static partial Regex StylesheetLink();

    public void Dispose() => _site.Dispose();
}
