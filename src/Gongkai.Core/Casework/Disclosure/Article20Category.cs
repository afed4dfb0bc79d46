namespace Gongkai.Casework.Disclosure;

/// <summary>
/// What an item of proactive disclosure is: one of the 15 categories every agency must publish
/// (《政府信息公开条例》第二十条第（一）至（十五）项), or the extra content of 第二十一条 (cities, counties and
/// townships). The numeric value is the item number; it is what the <c>{cat}</c> token of an 索引号 prints.
/// </summary>
public enum Article20Category
{
    /// <summary>（一）行政法规、规章和行政规范性文件.</summary>
    Rules = 1,

    /// <summary>（二）机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名.</summary>
    Organisation = 2,

    /// <summary>（三）国民经济和社会发展规划、专项规划、区域规划及相关政策.</summary>
    Plans = 3,

    /// <summary>（四）国民经济和社会发展统计信息.</summary>
    Statistics = 4,

    /// <summary>（五）办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果.</summary>
    Licensing = 5,

    /// <summary>（六）实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定.</summary>
    PenaltiesAndCoercion = 6,

    /// <summary>（七）财政预算、决算信息.</summary>
    Budgets = 7,

    /// <summary>（八）行政事业性收费项目及其依据、标准.</summary>
    Fees = 8,

    /// <summary>（九）政府集中采购项目的目录、标准及实施情况.</summary>
    Procurement = 9,

    /// <summary>（十）重大建设项目的批准和实施情况.</summary>
    MajorProjects = 10,

    /// <summary>（十一）扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况.</summary>
    Welfare = 11,

    /// <summary>（十二）突发公共事件的应急预案、预警信息及应对情况.</summary>
    Emergencies = 12,

    /// <summary>（十三）环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况.</summary>
    Inspections = 13,

    /// <summary>（十四）公务员招考的职位、名额、报考条件等事项以及录用结果.</summary>
    CivilServiceRecruitment = 14,

    /// <summary>（十五）法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息.</summary>
    OtherRequired = 15,

    /// <summary>第二十一条: what 设区的市、县级人民政府及其部门 and 乡（镇）人民政府 add to 第二十条 in their own remit.</summary>
    Article21 = 21,
}
