using NetArchTest.Rules;

namespace StaticNews.Tests.Architecture;

/// <summary>
/// The engine's line, load → parse → enrich → render → write, with incremental building wrapped around the five
/// (then the preview, and the commands on top): a stage may use the stages before it, never one after it. What
/// stages share lives in neutral places that use no stage: the model, and text (dates, language tags, Unicode).
/// </summary>
public sealed class StageTests
{
    private static readonly string[] Line = ["Load", "Parse", "Enrich", "Render", "Write", "Incremental", "Serve", "Commands"];

    public static TheoryData<string> StagesBeforeTheLast => new(Line[..^1]);

    [Theory, MemberData(nameof(StagesBeforeTheLast))]
    public void A_stage_uses_no_stage_after_it(string stage)
    {
        var later = Line.SkipWhile(s => s != stage).Skip(1).Select(s => "StaticNews." + s).ToArray();
        var result = Engine().That().ResideInNamespace("StaticNews." + stage).ShouldNot().HaveDependencyOnAny(later).GetResult();
        Assert.True(result.IsSuccessful, $"StaticNews.{stage} uses a later stage: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory, InlineData("Model"), InlineData("Text")]
    public void A_shared_place_uses_no_stage(string shared)
    {
        var result = Engine().That().ResideInNamespace("StaticNews." + shared).ShouldNot()
            .HaveDependencyOnAny(Line.Select(s => "StaticNews." + s).ToArray()).GetResult();
        Assert.True(result.IsSuccessful, $"StaticNews.{shared} uses a stage: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    private static Types Engine() => Types.InAssembly(typeof(SiteBuilder).Assembly);
}
