using System.Globalization;
using System.Text;
using System.Xml;

namespace Participation.Api.Indicators.Charts;

/// <summary>Writes a drawing as a standalone SVG document with real text, a title and a description; no timestamps, no random ids.</summary>
internal static class ChartSvg
{
    private const string Ns = "http://www.w3.org/2000/svg";

    public static string Write(IndicatorChart chart, ChartDrawing drawing, string fontFamily, string description)
    {
        var id = $"indicator-{chart.Indicator.Id:N}";
        var output = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(new StringWriterUtf8(output), settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("svg", Ns);
            xml.WriteAttributeString("width", N(drawing.Width));
            xml.WriteAttributeString("height", N(drawing.Height));
            xml.WriteAttributeString("viewBox", $"0 0 {N(drawing.Width)} {N(drawing.Height)}");
            xml.WriteAttributeString("role", "img");
            xml.WriteAttributeString("aria-labelledby", $"{id}-title {id}-desc");
            xml.WriteAttributeString("xml", "lang", null, chart.Labels.Culture.Name);
            xml.WriteAttributeString("font-family", $"{fontFamily}, sans-serif");
            xml.WriteAttributeString("class", chart.View == ChartView.Trend ? "indicator-chart trend" : "indicator-chart municipalities");
            Element(xml, "title", $"{id}-title", chart.Indicator.Name);
            Element(xml, "desc", $"{id}-desc", description);
            xml.WriteStartElement("rect", Ns);
            xml.WriteAttributeString("width", "100%");
            xml.WriteAttributeString("height", "100%");
            xml.WriteAttributeString("fill", ChartInk.Background);
            xml.WriteEndElement();
            foreach (var shape in drawing.Shapes)
            {
                Shape(xml, shape);
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return output.ToString();
    }

    private static void Element(XmlWriter xml, string name, string id, string text)
    {
        xml.WriteStartElement(name, Ns);
        xml.WriteAttributeString("id", id);
        xml.WriteString(Printable(text));
        xml.WriteEndElement();
    }

    private static void Shape(XmlWriter xml, ChartShape shape)
    {
        switch (shape)
        {
            case ChartLine line:
                Start(xml, "line", line.Class);
                Attributes(xml, ("x1", N(line.X1)), ("y1", N(line.Y1)), ("x2", N(line.X2)), ("y2", N(line.Y2)), ("stroke", line.Color), ("stroke-width", N(line.Width)));
                if (line.Dashed)
                {
                    xml.WriteAttributeString("stroke-dasharray", "8 5");
                }
                break;
            case ChartPolyline polyline:
                Start(xml, "polyline", polyline.Class);
                Attributes(xml, ("points", string.Join(' ', polyline.Points.Select(p => $"{N(p.X)},{N(p.Y)}"))),
                    ("fill", "none"), ("stroke", polyline.Color), ("stroke-width", N(polyline.Width)), ("stroke-linejoin", "round"));
                break;
            case ChartCircle circle:
                Start(xml, "circle", circle.Class);
                Attributes(xml, ("cx", N(circle.X)), ("cy", N(circle.Y)), ("r", N(circle.Radius)), ("fill", circle.Color));
                break;
            case ChartRect rect:
                Start(xml, "rect", rect.Class);
                Attributes(xml, ("x", N(rect.X)), ("y", N(rect.Y)), ("width", N(rect.Width)), ("height", N(rect.Height)), ("fill", rect.Fill));
                if (rect.Stroke is { } stroke)
                {
                    xml.WriteAttributeString("stroke", stroke);
                }
                break;
            case ChartText text:
                Start(xml, "text", text.Class);
                Attributes(xml, ("x", N(text.X)), ("y", N(text.Y)), ("font-size", N(text.Size)), ("fill", text.Color),
                    ("text-anchor", text.Anchor switch { ChartAnchor.Middle => "middle", ChartAnchor.End => "end", _ => "start" }));
                if (text.Bold)
                {
                    xml.WriteAttributeString("font-weight", "bold");
                }
                xml.WriteString(Printable(text.Text));
                break;
        }
        xml.WriteEndElement();
    }

    private static void Start(XmlWriter xml, string name, string cssClass)
    {
        xml.WriteStartElement(name, Ns);
        xml.WriteAttributeString("class", cssClass);
    }

    private static void Attributes(XmlWriter xml, params (string Name, string Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            xml.WriteAttributeString(name, value);
        }
    }

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A StringWriter that declares UTF-8, so the XML declaration says what the bytes served will be.</summary>
    private sealed class StringWriterUtf8(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }

    /// <summary>User text without the characters XML cannot hold (a vertical tab pasted from a spreadsheet), which would stop the writer.</summary>
    private static string Printable(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i++, 2);
            }
        }
        return kept.ToString();
    }
}
