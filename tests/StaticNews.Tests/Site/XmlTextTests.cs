using System.Xml;

namespace StaticNews.Tests.Site;

/// <summary>A feed body is escaped once and written raw into every feed: it must read exactly as the XML writer would write it.</summary>
public sealed class XmlTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain text")]
    [InlineData("<p>A &amp; B</p>\n<p>x > y, \"quoted\" 'too'</p>")]
    [InlineData("line\r\nbreaks\rof every\nkind\r")]
    [InlineData("]]> and <![CDATA[ and &#x1F5DE; 🗞️ ümlaut\t")]
    public void Escape_writes_what_the_xml_writer_writes(string text)
    {
        using var buffer = new StringWriter();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { NewLineChars = "\n", NewLineHandling = NewLineHandling.Replace, OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment }))
            xml.WriteString(text);
        Assert.Equal(buffer.ToString(), Render.XmlText.Escape(text));
    }
}
