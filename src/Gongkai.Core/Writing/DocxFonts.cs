using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Writing;

/// <summary>
/// Fonts and runs of the DOCX writer, following GB/T 9704 《党政机关公文格式》 as government reports print:
/// title 方正小标宋简体 二号, body 仿宋_GB2312 三号, headings 黑体 三号, tables 宋体 五号 (10.5 pt).
/// </summary>
internal static class DocxFonts
{
    public const string Title = "方正小标宋简体";
    public const string Body = "仿宋_GB2312";
    public const string Heading = "黑体";
    public const string Table = "宋体";
    public const string Latin = "Times New Roman";

    /// <summary>Half-points: 二号 22 pt, 三号 16 pt, 五号 10.5 pt.</summary>
    public const int TitleSize = 44, BodySize = 32, TableSize = 21;

    /// <summary>The font table: each Chinese government font with the name of a common substitute (w:altName).</summary>
    public static Fonts FontTable() => new(
        Font(Body, "仿宋", FontFamilyValues.Modern, fixedPitch: true),
        Font("仿宋", "FangSong", FontFamilyValues.Modern, fixedPitch: true),
        Font(Title, "宋体", FontFamilyValues.Auto, fixedPitch: false),
        Font(Heading, "SimHei", FontFamilyValues.Modern, fixedPitch: true),
        Font(Table, "SimSun", FontFamilyValues.Auto, fixedPitch: true),
        new Font(new FontCharSet { Val = "00" }, new FontFamily { Val = FontFamilyValues.Roman }, new Pitch { Val = FontPitchValues.Variable }) { Name = Latin });

    /// <summary>A run in the given East Asian font and size; Latin letters and digits in Times New Roman.</summary>
    public static Run Run(string text, string eastAsia, int halfPoints, bool bold = false)
    {
        var properties = new RunProperties(new RunFonts { Ascii = Latin, HighAnsi = Latin, EastAsia = eastAsia, ComplexScript = Latin, Hint = FontTypeHintValues.EastAsia });
        if (bold)
        {
            properties.Append(new Bold());
        }

        properties.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        properties.Append(new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>Document defaults: 仿宋_GB2312 三号, language zh-CN.</summary>
    public static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Latin, HighAnsi = Latin, EastAsia = Body, ComplexScript = Latin },
                new FontSize { Val = "32" },
                new FontSizeComplexScript { Val = "32" },
                new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });

    private static Font Font(string name, string altName, FontFamilyValues family, bool fixedPitch) =>
        new(
            new AltName { Val = altName },
            new FontCharSet { Val = "86" }, // GB2312
            new FontFamily { Val = family },
            new Pitch { Val = fixedPitch ? FontPitchValues.Fixed : FontPitchValues.Variable })
        { Name = name };
}
