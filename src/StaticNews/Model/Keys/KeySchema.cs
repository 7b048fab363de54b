using System.Text;
using System.Text.Json;

namespace StaticNews.Model.Keys;

/// <summary>
/// JSON Schemas (draft-07, what yaml-language-server reads best) of <c>site.yml</c> and of front matter, made from
/// the key declarations: each key's type and form by its <see cref="ValueKind"/>, its default and description.
/// </summary>
public static class KeySchema
{
    public const string SiteFile = "site.schema.json";
    public const string FrontMatterFile = "front-matter.schema.json";

    public static string Site() => Write("StaticNews site.yml", "The settings of a StaticNews site (input/site.yml); every key is optional.",
        SiteKeys.All, extraKeys: null);

    /// <summary>Unknown keys are the theme's parameters: one line of text, a number or a boolean each.</summary>
    public static string FrontMatter() => Write("StaticNews front matter",
        "Front matter of a StaticNews page, a dump's sidecar or an imported page. Other keys are handed to the theme as parameters.",
        FrontMatterKeys.All, extraKeys: ScalarTypes);

    private static readonly string[] ScalarTypes = ["string", "number", "boolean", "null"];

    private static string Write(string title, string description, IReadOnlyList<KeyDeclaration> keys, string[]? extraKeys)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            json.WriteString("title", title);
            json.WriteString("description", description);
            json.WriteString("type", "object");
            json.WriteStartObject("properties");
            foreach (var key in keys) Property(json, key);
            json.WriteEndObject();
            if (extraKeys is null) json.WriteBoolean("additionalProperties", false);
            else
            {
                json.WriteStartObject("additionalProperties");
                Types(json, extraKeys);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static void Property(Utf8JsonWriter json, KeyDeclaration key)
    {
        json.WriteStartObject(key.Name);
        json.WriteString("description", key.DefaultNote switch
        {
            null => key.Description,
            { } note when key.Default is null => $"{key.Description} (default: {note})",
            { } note => $"{key.Description} (the default, {note})",
        });
        switch (key.Default)
        {
            case string text: json.WriteString("default", text); break;
            case int number: json.WriteNumber("default", number); break;
            case bool flag: json.WriteBoolean("default", flag); break;
        }
        switch (key.Kind)
        {
            case ValueKind.Text:
                Types(json, ScalarTypes); // YAML reads `title: 1984` as a number; StaticNews takes it as text
                break;
            case ValueKind.PositiveInteger:
                json.WriteString("type", "integer");
                json.WriteNumber("minimum", 1);
                json.WriteNumber("maximum", int.MaxValue); // what the build reads (YamlFieldReader.PositiveInt)
                break;
            case ValueKind.Boolean:
                Types(json, ["boolean", "null"]);
                break;
            case ValueKind.Date:
                Types(json, ["string", "null"]);
                json.WriteString("pattern", @"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?([Zz]|[+-]\d{2}:?\d{2})?)?$");
                break;
            case ValueKind.TextList:
                Types(json, ["array", "null"]);
                json.WriteStartObject("items");
                Types(json, ["string", "number", "boolean"]);
                json.WriteEndObject();
                break;
            case ValueKind.Url:
                Types(json, ["string", "null"]);
                json.WriteString("pattern", @"^https?://[^/?#@\s]+(/[^?#\s]*)?$");
                break;
            case ValueKind.Language:
                Types(json, ["string", "null"]);
                json.WriteString("pattern", "^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$");
                break;
            case ValueKind.TimeZone:
                Types(json, ["string", "null"]);
                json.WriteString("pattern", "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$");
                break;
            case ValueKind.Permalink:
                Types(json, ["string", "null"]);
                json.WriteString("pattern", @"^/.*\{slug\}.*/$");
                break;
            case ValueKind.TagAliases:
                Types(json, ["object", "null"]);
                json.WriteStartObject("additionalProperties");
                Types(json, ["array", "null"]);
                json.WriteStartObject("items");
                json.WriteString("type", "string");
                json.WriteEndObject();
                json.WriteEndObject();
                break;
            case ValueKind.Names:
                Types(json, ["string", "array", "null"]);
                json.WriteStartObject("items");
                json.WriteString("type", "string");
                json.WriteEndObject();
                break;
            case ValueKind.Editions:
                Types(json, ["object", "null"]);
                json.WriteStartObject("additionalProperties");
                Types(json, ["object", "null"]);
                json.WriteStartObject("properties");
                json.WriteStartObject("title");
                json.WriteString("type", "string");
                json.WriteEndObject();
                json.WriteStartObject("description");
                json.WriteString("type", "string");
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteBoolean("additionalProperties", false);
                json.WriteEndObject();
                break;
        }
        json.WriteEndObject();
    }

    private static void Types(Utf8JsonWriter json, string[] types)
    {
        json.WriteStartArray("type");
        foreach (var type in types) json.WriteStringValue(type);
        json.WriteEndArray();
    }
}
