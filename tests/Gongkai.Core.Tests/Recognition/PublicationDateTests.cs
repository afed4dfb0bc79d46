using Gongkai.Recognition;
using Gongkai.Reports;

namespace Gongkai.Core.Tests.Recognition;

public sealed class PublicationDateTests
{
    [Theory]
    [InlineData("2025年1月20日", 2025, 1, 20)]
    [InlineData("巨鹿县巨鹿镇人民政府　2025年1月20日", 2025, 1, 20)]
    [InlineData("２０２５年１月２０日", 2025, 1, 20)]
    [InlineData("二〇二五年一月二十日", 2025, 1, 20)]
    [InlineData("二○二五年三月三十一日", 2025, 3, 31)]
    [InlineData("2025 年 1 月 8 日", 2025, 1, 8)]
    [InlineData("二〇二五年十二月十日", 2025, 12, 10)]
    public void A_signature_line_gives_its_date(string line, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), PublicationDate.Parse(line));

    [Theory]
    [InlineData("本报告中所列数据的统计期限为2024年1月1日至12月31日。")]
    [InlineData("2024年，我镇于2024年3月5日召开会议。")]
    [InlineData("2025年2月30日")]
    [InlineData("2025年13月1日")]
    [InlineData("无")]
    public void Dates_inside_sentences_and_impossible_dates_are_not_publication_dates(string line) =>
        Assert.Null(PublicationDate.Parse(line));

    [Fact]
    public void The_date_is_taken_from_the_end_of_the_last_section_and_must_follow_the_year_covered()
    {
        var report = AnnualReport.Empty(ReportFormat.Revised2021) with
        {
            Year = 2024,
            Sections = new Dictionary<SectionKind, string>
            {
                [SectionKind.Overview] = "一、总体情况\n2025年1月2日",
                [SectionKind.Other] = "六、其他需要报告的事项\n无。\n\n巨鹿县巨鹿镇人民政府\n2025年1月20日\n",
            },
        };
        Assert.Equal(new DateOnly(2025, 1, 20), PublicationDate.Find(report));
        Assert.Null(PublicationDate.Find(report with { Year = 2026 }));
        Assert.Null(PublicationDate.Find(report with { Sections = new Dictionary<SectionKind, string> { [SectionKind.Other] = "六、其他需要报告的事项\n无。" } }));
    }
}
