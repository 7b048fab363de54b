namespace StaticNews.Model;

/// <summary>The kinds of document an <c>input/</c> folder holds.</summary>
public enum DocumentKind { MarkdownPage, RawDump }

/// <summary>A news document found under <c>input/</c>, not yet read.</summary>
/// <param name="Path">Absolute path on disk.</param>
/// <param name="RelativePath">Path below <c>input/</c> with forward slashes: how errors name the file.</param>
/// <param name="SidecarPath">For a dump: its <c>.yml</c> sidecar, when there is one.</param>
/// <param name="Stamps">The document's and its sidecar's stamps as the scan of <c>input/</c> found them, before
/// either was read; null when the document was not found by a scan.</param>
public sealed record SourceDocument(string Path, string RelativePath, DocumentKind Kind, string? SidecarPath = null,
    (FileStamp Document, FileStamp? Sidecar)? Stamps = null);

/// <summary>A file under <c>input/</c> that is published as it is (images and the like).</summary>
public sealed record StaticFile(string Path, string RelativePath);

/// <summary>Every document and static file of an input folder, in a stable order.</summary>
public sealed record InputTree(string Root, IReadOnlyList<SourceDocument> Documents, IReadOnlyList<StaticFile> StaticFiles, string? SiteConfigPath);
