using Gongkai.Agencies;
using Gongkai.Core.Tests.Golden;
using Gongkai.Reports;

namespace Gongkai.Core.Tests.Agencies;

/// <summary>Where each agency belongs: the seeds as read from their text, and names from tables of cases.</summary>
public sealed class AgencyPlacerTests
{
    private static Placement Seed(string name) => AgencyPlacer.Infer(SeedTruthTests.Read(name));

    private static Placement Place(string agency, params string[] texts) => AgencyPlacer.Infer(agency, texts);

    [Fact]
    public void Seed000_JuluTownIsFoundByItsNameAloneAndTheTextAgrees()
    {
        var p = Seed("000_c9419c5d055fd0e3");
        Assert.Equal("河北省 › 邢台市 › 巨鹿县 › 巨鹿镇", p.PathText);
        Assert.Equal("130529100", p.Unit!.Code);
        Assert.Null(p.Department);
        Assert.Equal("巨鹿县巨鹿镇人民政府", p.CanonicalName);
        Assert.Equal(["巨鹿镇", "巨鹿镇人民政府", "巨鹿县巨鹿镇人民政府", "河北省邢台市巨鹿县巨鹿镇人民政府"], p.Aliases.ToArray());
        Assert.True(p.Complete);
        Assert.Equal(1.0, p.Confidence);
        Assert.Contains("“巨鹿镇”在行政区划中仅此一处", p.Evidence);
        Assert.Contains("正文提及“巨鹿县”", p.Evidence);
        Assert.Contains("正文自称“我镇”", p.Evidence);
    }

    [Fact]
    public void Seed001_DashengTownOfYubeiDistrictChongqing()
    {
        var p = Seed("001_87e6bf328cd96236");
        Assert.Equal("重庆市 › 渝北区 › 大盛镇", p.PathText);
        Assert.Equal(["50", "500112", "500112143"], p.Path.Select(d => d.Code));
        Assert.Equal([DivisionLevel.Province, DivisionLevel.County, DivisionLevel.Township], p.Path.Select(d => d.Level));
        Assert.Equal("重庆市渝北区大盛镇人民政府", p.CanonicalName);
        Assert.True(p.Confidence >= 0.9);
        Assert.Contains("机构名称含“渝北区”", p.Evidence);
    }

    [Fact]
    public void Seed002_GuantingTownOfJuluCounty_TheShortGovernmentNameIsWrittenOut()
    {
        var p = Seed("002_eb7ecea5fab37f79");
        Assert.Equal("河北省 › 邢台市 › 巨鹿县 › 官亭镇", p.PathText);
        Assert.Equal("巨鹿县官亭镇人民政府", p.CanonicalName);
        Assert.True(p.Confidence >= 0.9);
    }

    /// <summary>
    /// 东明镇 exists three times (奈曼旗, 双辽市, 卢氏县); the text names no place but says 县委、县政府, which only the
    /// one under 卢氏县 has. Placed there, with a confidence that says the text, not the name, decided.
    /// </summary>
    [Fact]
    public void Seed003_DongmingTownIsChosenByTheKindOfItsSuperior()
    {
        var p = Seed("003_f58c1eee52b87a48");
        Assert.Equal("河南省 › 三门峡市 › 卢氏县 › 东明镇", p.PathText);
        Assert.InRange(p.Confidence, 0.5, 0.75);
        Assert.Contains(p.Evidence, e => e.StartsWith("“东明镇”在行政区划中有 3 处", StringComparison.Ordinal));
        Assert.Contains(p.Evidence, e => e.StartsWith("正文称“县委、县政府”", StringComparison.Ordinal));
    }

    /// <summary>洺州镇 is unique in the country (威县, 邢台市); the text's 县委、县政府 agrees.</summary>
    [Fact]
    public void Seed004_MingzhouTownIsUniqueInTheCountry()
    {
        var p = Seed("004_31cc482f1e5f2a44");
        Assert.Equal("河北省 › 邢台市 › 威县 › 洺州镇", p.PathText);
        Assert.Equal("威县洺州镇人民政府", p.CanonicalName);
        Assert.True(p.Confidence >= 0.9);
    }

    [Fact]
    public void AnAmbiguousTownshipWithoutContextIsPlacedNowhere()
    {
        var p = Place("城关镇人民政府", "一、总体情况\n我镇认真贯彻落实《条例》。");
        Assert.Empty(p.Path);
        Assert.False(p.Complete);
        Assert.True(p.Confidence <= 0.1);
        Assert.Contains(p.Evidence, e => e.StartsWith("“城关镇”在行政区划中有 88 处", StringComparison.Ordinal));
        Assert.Contains("无法确定所属地区", p.Evidence);
    }

    [Fact]
    public void AnAmbiguousTownshipIsPlacedAsDeepAsTheTextAllows()
    {
        // 大盛镇: 重庆市渝北区, 山东省潍坊市安丘市, 湖南省邵阳市. Only the province is named, and it has one.
        var p = Place("大盛镇人民政府", "一、总体情况\n根据《山东省政府信息公开办法》，我镇……");
        Assert.Equal("山东省 › 潍坊市 › 安丘市 › 大盛镇", p.PathText);
        Assert.Equal(0.7, p.Confidence, 2);
        Assert.Contains("正文提及“山东省”", p.Evidence);
    }

    [Fact]
    public void TwoCandidatesInTheSameProvinceStopAtTheProvince()
    {
        // 兴隆镇 repeats inside several provinces; the text only names 黑龙江省.
        var g = Gazetteer.Default;
        var heilongjiang = g.Named("兴隆镇").Where(d => g.PathTo(d)[0].Name == "黑龙江省").ToList();
        Assert.True(heilongjiang.Count > 1);
        var p = Place("兴隆镇人民政府", "我镇在黑龙江省……");
        Assert.Equal("黑龙江省", p.PathText);
        Assert.False(p.Complete);
        Assert.InRange(p.Confidence, 0.1, 0.3);
        Assert.Contains("只能确定到“黑龙江省”", p.Evidence);
    }

    [Fact]
    public void TheCountyMentionedDecidesBetweenNamesakes()
    {
        var p = Place("官亭镇人民政府", "官亭镇严格按照巨鹿县政务公开工作要求。");
        Assert.Equal("河北省 › 邢台市 › 巨鹿县 › 官亭镇", p.PathText);
        Assert.Equal(0.8, p.Confidence, 2);
        Assert.Contains("正文提及“巨鹿县”", p.Evidence);
    }

    [Theory]
    [InlineData("巨鹿县教育局", "教育局", "巨鹿县教育局")]
    [InlineData("河北省邢台市巨鹿县教育局", "教育局", "巨鹿县教育局")]
    [InlineData("巨鹿县市场监督管理局", "市场监督管理局", "巨鹿县市场监督管理局")]
    [InlineData("巨鹿县政府办", "人民政府办公室", "巨鹿县人民政府办公室")]
    public void ADepartmentIsPlacedUnderItsCounty(string agency, string department, string canonical)
    {
        var p = Place(agency, "2024年，我局认真贯彻落实《条例》。");
        Assert.Equal("河北省 › 邢台市 › 巨鹿县", p.PathText);
        Assert.Equal(department, p.Department);
        Assert.Equal(canonical, p.CanonicalName);
        Assert.True(p.Complete);
        Assert.True(p.Confidence >= 0.9);
    }

    [Fact]
    public void ACityDepartmentIsPlacedUnderItsCity()
    {
        var p = Place("邢台市自然资源和规划局", "");
        Assert.Equal("河北省 › 邢台市", p.PathText);
        Assert.Equal("自然资源和规划局", p.Department);
    }

    [Fact]
    public void AStreetOfficeIsATownshipLevelGovernment()
    {
        var p = Place("重庆市渝北区双龙湖街道办事处", "我街道……");
        Assert.Equal("重庆市 › 渝北区 › 双龙湖街道", p.PathText);
        Assert.Equal(DivisionLevel.Township, p.Unit!.Level);
        Assert.Null(p.Department);
        Assert.Equal("重庆市渝北区双龙湖街道办事处", p.CanonicalName);
        Assert.Contains("正文自称“我街道”", p.Evidence);
    }

    [Theory]
    [InlineData("长阳土家族自治县人民政府", "湖北省 › 宜昌市 › 长阳土家族自治县")]
    [InlineData("奈曼旗东明镇人民政府", "内蒙古自治区 › 通辽市 › 奈曼旗 › 东明镇")]
    [InlineData("延边朝鲜族自治州人民政府", "吉林省 › 延边朝鲜族自治州")]
    [InlineData("重庆市渝北区人民政府", "重庆市 › 渝北区")]
    [InlineData("东莞市虎门镇人民政府", "广东省 › 东莞市 › 虎门镇")]
    [InlineData("河北省人民政府", "河北省")]
    public void AutonomousCountiesBannersDistrictsAndCitiesWithoutCounties(string agency, string path) =>
        Assert.Equal(path, Place(agency).PathText);

    [Fact]
    public void ANullAgencyIsPlacedNowhereWithZeroConfidence()
    {
        var report = AnnualReport.Empty(ReportFormat.Revised2021);
        var p = AgencyPlacer.Infer(report);
        Assert.Empty(p.Path);
        Assert.Equal(0, p.Confidence);
        Assert.Null(p.CanonicalName);
        Assert.Equal(["未识别到发布机构名称"], p.Evidence.ToArray());
    }

    [Fact]
    public void AnUnknownTownshipStopsAtItsCounty()
    {
        var p = Place("巨鹿县望星镇人民政府");
        Assert.Equal("河北省 › 邢台市 › 巨鹿县", p.PathText);
        Assert.False(p.Complete);
        Assert.True(p.Confidence <= 0.5);
        Assert.Contains("“望星镇”不在行政区划表中", p.Evidence);
        Assert.Equal("巨鹿县望星镇人民政府", p.CanonicalName);
    }

    [Fact]
    public void ATownshipOutsideTheCountyItIsWrittenUnderIsNotTakenFromElsewhere()
    {
        var p = Place("巨鹿县大盛镇人民政府");
        Assert.Equal("河北省 › 邢台市 › 巨鹿县", p.PathText);
        Assert.Contains("“大盛镇”不在“巨鹿县”辖区内", p.Evidence);
    }

    [Fact]
    public void ASelfReferenceThatContradictsTheNameLowersTheConfidence()
    {
        var agrees = Place("巨鹿县教育局", "我局……");
        var contradicts = Place("巨鹿县教育局", "我镇……");
        Assert.True(contradicts.Confidence < agrees.Confidence);
        Assert.Contains("正文自称“我镇”，与机构名称不符", contradicts.Evidence);
    }

    [Fact]
    public void AnotherProvinceInTheTextLowersTheConfidence()
    {
        var p = Place("巨鹿县巨鹿镇人民政府", "学习浙江省经验……");
        Assert.Equal("河北省 › 邢台市 › 巨鹿县 › 巨鹿镇", p.PathText);
        Assert.True(p.Confidence < 0.9);
        Assert.Contains("正文提及“浙江省”，未提及“河北省”", p.Evidence);
    }

    [Fact]
    public void TheProvincialRegulationCitedIsEvidence()
    {
        var p = Place("巨鹿镇", "根据《河北省实施〈中华人民共和国政府信息公开条例〉办法》等规定");
        Assert.Contains("正文引用《河北省实施〈中华人民共和国政府信息公开条例〉办法》", p.Evidence);
    }

    [Fact]
    public void ADepartmentWithoutPlaceNamesIsPlacedByTheCountyItsTextNames()
    {
        var p = Place("教育局", "我县教育工作……巨鹿县委、县政府……巨鹿县");
        Assert.Equal("河北省 › 邢台市 › 巨鹿县", p.PathText);
        Assert.Equal("巨鹿县教育局", p.CanonicalName);
        Assert.True(p.Confidence < 0.5);
        Assert.Contains("机构名称未含行政区划名称", p.Evidence);
    }
}
