using Gongkai.Reading;

namespace Gongkai.Core.Tests.Recognition;

public sealed class AgencyFromCopiedTextTests
{
    [Fact]
    public void Another_agency_named_in_a_copied_overview_does_not_replace_the_title()
    {
        var text = "忻城县教育局2023年政府信息公开工作年度报告\n\n一、总体情况\n2023年，防城港市教育局认真贯彻落实《中华人民共和国政府信息公开条例》，防城港市教育局持续推进政务公开。\n";
        Assert.Equal("忻城县教育局", ReportPipeline.ReadText(text).Report?.Agency);
    }

    [Fact]
    public void The_title_name_is_still_extended_by_its_own_prefixes()
    {
        var text = "大盛镇人民政府2024年政府信息公开工作年度报告\n\n一、总体情况\n2024年，重庆市渝北区大盛镇人民政府坚持以习近平新时代中国特色社会主义思想为指导。\n";
        Assert.Equal("重庆市渝北区大盛镇人民政府", ReportPipeline.ReadText(text).Report?.Agency);
    }
}
