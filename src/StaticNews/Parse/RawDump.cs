namespace StaticNews.Parse;

/// <summary>
/// What a scraped dump says once its boilerplate is gone: the title, one paragraph per line (the lead first),
/// and the source site's navigation.
/// </summary>
/// <param name="Paragraphs">Clean text, not yet escaped for Markdown.</param>
/// <param name="Prev">Title named by the source's <c>PREV</c> line.</param>
/// <param name="Next">Title named by the source's <c>NEXT</c> line.</param>
/// <param name="Dateline">A line that stated only a date (and time): the wall-clock publication time.</param>
public sealed record RawDump(string Title, IReadOnlyList<string> Paragraphs, string? Prev, string? Next, DateTime? Dateline);
