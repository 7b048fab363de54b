namespace StaticNews.Incremental;

/// <summary>
/// The known articles a long-running preview keeps in memory from one build to the next: a save then costs no
/// read of the article cache (56 MB at 10,000 articles) and no write of it, which the preview's private, temporary
/// output would never use again.
/// </summary>
public sealed class ArticleMemory
{
    /// <summary>What the last build found and derived; null before the first.</summary>
    internal KnownArticles? Last { get; set; }
}
