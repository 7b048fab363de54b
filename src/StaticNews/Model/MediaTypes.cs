using Microsoft.AspNetCore.StaticFiles;

namespace StaticNews.Model;

/// <summary>
/// A file's media type by its extension, from ASP.NET Core's table: the one the preview server answers with, and
/// the one feed enclosures announce for an article's picture.
/// </summary>
public static class MediaTypes
{
    private static readonly FileExtensionContentTypeProvider Known = new();

    public static bool TryOf(string path, out string type) => Known.TryGetContentType(path, out type!);

    public static string Of(string path) => TryOf(path, out var type) ? type : "application/octet-stream";
}
