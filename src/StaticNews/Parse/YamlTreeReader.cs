using StaticNews.Model;
using StaticNews.Text;
using YamlDotNet.Core.Events;
using YamlDotNet.Core;

namespace StaticNews.Parse;

/// <summary>
/// Reads one YAML document into a <see cref="YamlMapping"/> from YamlDotNet's event stream. Built on events
/// rather than YamlStream so that nesting depth is bounded and aliases stay unexpanded (billion laughs).
/// </summary>
public static class YamlTreeReader
{
    /// <summary>Deeper than any real front matter; far below what would exhaust the stack.</summary>
    public const int MaxDepth = 32;

    /// <summary>Parses <paramref name="yaml"/>; <paramref name="firstLine"/> is the file line the text starts on.</summary>
    public static YamlMapping Read(string yaml, string file, int firstLine) =>
        FlatYaml.TryRead(yaml, firstLine) ?? ReadEvents(yaml, file, firstLine);

    /// <summary>Always through YamlDotNet's parser: what <see cref="FlatYaml"/> must agree with.</summary>
    public static YamlMapping ReadEvents(string yaml, string file, int firstLine)
    {
        var parser = new Parser(new StringReader(yaml));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return new YamlMapping([], new SourcePosition(firstLine, 1));
            parser.Consume<DocumentStart>();
            var root = ReadValue(parser, file, firstLine, depth: 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
                throw new InputException(Diagnostic.Error(DiagnosticCode.MalformedYaml, file, "more than one YAML document.", "Keep a single block of `key: value` lines.", firstLine));
            return root switch
            {
                YamlMapping mapping => mapping,
                YamlScalar { IsNull: true } => new YamlMapping([], root.Position),
                _ => throw new InputException(Diagnostic.Error(DiagnosticCode.MalformedYaml, file, "expected `key: value` lines.",
                    "Write one setting per line, like `title: My headline`.", root.Position.Line, root.Position.Column)),
            };
        }
        catch (YamlException e)
        {
            var at = Position(e.Start, firstLine);
            throw Malformed(file, e.Message, at);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's parser reports some unclosed flow collections this way, without a position.
            throw Malformed(file, e.Message, new SourcePosition(firstLine, 1));
        }
    }

    private static YamlValue ReadValue(IParser parser, string file, int firstLine, int depth)
    {
        var current = parser.Current ?? throw new InvalidOperationException("YAML parser ended early.");
        var at = Position(current.Start, firstLine);
        if (depth > MaxDepth)
            throw new InputException(Diagnostic.Error(DiagnosticCode.MalformedYaml, file, $"YAML nested deeper than {MaxDepth} levels.", "Flatten the structure.", at.Line, at.Column));

        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                // Double-quoted YAML can spell any character ("\u0000"); none of the invisible ones may reach a page.
                return new YamlScalar(ControlCharacters.Strip(scalar.Value).ReplaceLineEndings("\n"), scalar.Style == ScalarStyle.Plain, at);
            case AnchorAlias alias:
                parser.MoveNext();
                return new YamlAlias(alias.Value.Value, at);
            case SequenceStart:
                parser.MoveNext();
                var items = new List<YamlValue>();
                while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadValue(parser, file, firstLine, depth + 1));
                return new YamlSequence(items, at);
            case MappingStart:
                parser.MoveNext();
                var fields = new List<YamlField>();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyAt = Position(parser.Current!.Start, firstLine);
                    if (ReadValue(parser, file, firstLine, depth + 1) is not YamlScalar key)
                        throw new InputException(Diagnostic.Error(DiagnosticCode.MalformedYaml, file, "a key must be plain text.", null, keyAt.Line, keyAt.Column));
                    fields.Add(new YamlField(key.Text, ReadValue(parser, file, firstLine, depth + 1), keyAt));
                }
                return new YamlMapping(fields, at);
            default:
                throw new InputException(Diagnostic.Error(DiagnosticCode.MalformedYaml, file, $"unexpected YAML {current.GetType().Name}.", null, at.Line, at.Column));
        }
    }

    private static InputException Malformed(string file, string message, SourcePosition at) =>
        new(Diagnostic.Error(DiagnosticCode.MalformedYaml, file, $"malformed YAML: {message.TrimEnd('.')}.",
            "Check indentation, close every [ and {, and quote values that contain `: ` or start with a special character.", at.Line, at.Column));

    private static SourcePosition Position(Mark mark, int firstLine) =>
        new(firstLine + (int)mark.Line - 1, (int)mark.Column);
}
