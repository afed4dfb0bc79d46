using System.Collections.Frozen;
using Gongkai.Reports;

namespace Gongkai.Casework.Disclosure;

/// <summary>The labels of the 第二十条 categories and the annual-report cells each one is counted under.</summary>
public static class Article20Categories
{
    private static readonly string[] Numerals = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

    private static readonly Lazy<FrozenDictionary<Article20Category, IReadOnlyList<string>>> Cells = new(() => CellsFrom(TemplateCatalog.Default));

    /// <summary>Every category, in the order of the article.</summary>
    public static IReadOnlyList<Article20Category> All { get; } = Enum.GetValues<Article20Category>();

    /// <summary>The provision: 第二十条第（五）项, or 第二十一条.</summary>
    public static string Provision(Article20Category category) => category == Article20Category.Article21
        ? "第二十一条"
        : $"第二十条第（{Numerals[Number(category)]}）项";

    /// <summary>A short Chinese name of the category, as a list or a filter shows it.</summary>
    public static string Zh(Article20Category category) => category switch
    {
        Article20Category.Rules => "行政法规、规章和行政规范性文件",
        Article20Category.Organisation => "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名",
        Article20Category.Plans => "规划及相关政策",
        Article20Category.Statistics => "统计信息",
        Article20Category.Licensing => "行政许可和其他对外管理服务事项",
        Article20Category.PenaltiesAndCoercion => "行政处罚、行政强制",
        Article20Category.Budgets => "财政预算、决算",
        Article20Category.Fees => "行政事业性收费",
        Article20Category.Procurement => "政府集中采购",
        Article20Category.MajorProjects => "重大建设项目",
        Article20Category.Welfare => "扶贫、教育、医疗、社会保障、促进就业",
        Article20Category.Emergencies => "突发公共事件",
        Article20Category.Inspections => "环境保护、公共卫生、安全生产、食品药品、产品质量监督检查",
        Article20Category.CivilServiceRecruitment => "公务员招考",
        Article20Category.OtherRequired => "法律、法规、规章和国家有关规定要求主动公开的其他信息",
        Article20Category.Article21 => "市、县、乡（镇）重点公开的其他信息",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    /// <summary>The provision and the name: 第二十条第（八）项 行政事业性收费.</summary>
    public static string Label(Article20Category category) => $"{Provision(category)} {Zh(category)}";

    /// <summary>The item number the <c>{cat}</c> token prints (1–15, or 21).</summary>
    public static int Number(Article20Category category) => (int)category;

    /// <summary>The category of an item number, or null when the number names none.</summary>
    public static Article20Category? FromNumber(int number) =>
        Enum.IsDefined((Article20Category)number) ? (Article20Category)number : null;

    /// <summary>
    /// The cells of the annual report's section 二 (cells.tsv keys, both templates) that count items of this category:
    /// the 第二十条 sub-tables exist for items （一）（五）（六）（八）（九） only, so every other category has none.
    /// </summary>
    public static IReadOnlyList<string> ReportCells(Article20Category category) => Cells.Value.GetValueOrDefault(category, []);

    /// <summary>Section 二's sub-tables are headed by their provision (cells.tsv: <c>二 第二十条第（一）项</c>): the catalog is the one source.</summary>
    internal static FrozenDictionary<Article20Category, IReadOnlyList<string>> CellsFrom(TemplateCatalog catalog) =>
        All.Select(c => (Category: c, Keys: (IReadOnlyList<string>)[.. catalog.All.Where(d => d.Table == 2 && d.Section == "二 " + Provision(c)).Select(d => d.Key)]))
            .Where(p => p.Keys.Count > 0)
            .ToFrozenDictionary(p => p.Category, p => p.Keys);
}
