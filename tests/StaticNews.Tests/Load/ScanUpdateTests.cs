using StaticNews.Load;
using StaticNews.Model;

namespace StaticNews.Tests.Load;

/// <summary>
/// The preview stamps the files a save named instead of walking input/ (issue #18), and only while that gives what
/// a scan would: anything else — a new, deleted or linked file, site.yml, a picture — asks for a scan.
/// </summary>
public sealed class ScanUpdateTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .Add("site.yml", "language: de\n")
        .Add("posts/a.md", "---\ntitle: A\n---\nText.\n")
        .Add("d.txt", "Delta\nDelta\nText.\n")
        .Add("d.yml", "date: 2024-12-04T09:00:00Z\n")
        .Add("bild.png", "png");

    private string At(string relative) => Path.Combine(_site.Input, relative);

    private InputTree Scan() => ScanInput.Run(_site.Input, new List<Diagnostic>());

    [Fact]
    public void A_saved_document_or_sidecar_is_stamped_again_and_the_tree_equals_a_new_scan()
    {
        var last = Scan();
        _site.Add("posts/a.md", "---\ntitle: A\n---\nLängerer Text.\n").Add("d.yml", "date: 2024-12-05T09:00:00Z\n");
        var updated = ScanInput.Update(last, [At("posts/a.md"), At("d.yml"), At("posts"), At(".a.md.swp"), At("posts/.#a.md")]);
        Assert.NotNull(updated);
        Assert.Equal(Scan().Documents, updated.Documents);
        Assert.NotEqual(last.Documents, updated.Documents);
        Assert.Same(last.StaticFiles, updated.StaticFiles);
        // The preview derives again exactly the documents that are new records.
        Assert.Equal(["d.txt", "posts/a.md"], updated.Documents.Where((d, i) => !ReferenceEquals(d, last.Documents[i])).Select(d => d.RelativePath));
    }

    [Fact]
    public void A_save_named_relative_to_the_current_folder_is_found()
    {
        var last = Scan();
        _site.Add("posts/a.md", "---\ntitle: A\n---\nNeu.\n");
        var updated = ScanInput.Update(last, [Path.GetRelativePath(Environment.CurrentDirectory, At("posts/a.md"))]);
        Assert.NotNull(updated);
        Assert.Equal(Scan().Documents, updated.Documents);
    }

    [Theory]
    [InlineData("posts/b.md")] // new
    [InlineData("site.yml")]
    [InlineData("bild.png")]
    [InlineData("neu")] // a folder moved in
    public void Anything_but_a_known_document_asks_for_a_scan(string relative)
    {
        var last = Scan();
        if (relative == "neu") Directory.CreateDirectory(At("neu"));
        else _site.Add(relative, "x");
        Assert.Null(ScanInput.Update(last, [At(relative)]));
    }

    [Fact]
    public void A_deleted_or_linked_document_or_a_path_outside_input_asks_for_a_scan()
    {
        var last = Scan();
        Assert.Null(ScanInput.Update(last, [Path.Combine(_site.Root, "theme", "style.css")]));
        File.Delete(At("posts/a.md"));
        Assert.Null(ScanInput.Update(last, [At("posts/a.md")]));
        File.CreateSymbolicLink(At("posts/a.md"), "/etc/hostname");
        Assert.Null(ScanInput.Update(last, [At("posts/a.md")]));
    }

    public void Dispose() => _site.Dispose();
}
