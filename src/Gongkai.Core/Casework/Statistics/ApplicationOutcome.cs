namespace Gongkai.Casework.Statistics;

/// <summary>
/// The one statutory outcome an application is counted under: the outcome rows of table 三, section 三、本年度办理结果,
/// of 国办公开办函〔2021〕30号 (shared/spec/domain-rules.md §2.3 maps each reply of the 条例 to its row).
/// </summary>
public enum ApplicationOutcome
{
    /// <summary>（一）予以公开 (条例第三十六条第（一）（二）项)</summary>
    Disclosed = 1,

    /// <summary>（二）部分公开 (第三十七条; 区分处理的，只计这一情形)</summary>
    PartlyDisclosed,

    /// <summary>（三）不予公开 1.属于国家秘密 (第十四条)</summary>
    WithheldStateSecret,

    /// <summary>（三）不予公开 2.其他法律行政法规禁止公开 (第十四条)</summary>
    WithheldProhibited,

    /// <summary>（三）不予公开 3.危及“三安全一稳定” (第十四条)</summary>
    WithheldSecurity,

    /// <summary>（三）不予公开 4.保护第三方合法权益 (第十五条、第三十二条)</summary>
    WithheldThirdParty,

    /// <summary>（三）不予公开 5.属于三类内部事务信息 (第十六条第一款)</summary>
    WithheldInternal,

    /// <summary>（三）不予公开 6.属于四类过程性信息 (第十六条第二款)</summary>
    WithheldDeliberative,

    /// <summary>（三）不予公开 7.属于行政执法案卷 (第十六条第二款)</summary>
    WithheldEnforcement,

    /// <summary>（三）不予公开 8.属于行政查询事项 (第三十六条第（七）项)</summary>
    WithheldInquiry,

    /// <summary>（四）无法提供 1.本机关不掌握相关政府信息 (第三十六条第（四）（五）项)</summary>
    UnableNotHeld,

    /// <summary>（四）无法提供 2.没有现成信息需要另行制作 (第三十八条)</summary>
    UnableNeedsCreation,

    /// <summary>（四）无法提供 3.补正后申请内容仍不明确 (第三十条)</summary>
    UnableUnclear,

    /// <summary>（五）不予处理 1.信访举报投诉类申请 (第三十九条第一款)</summary>
    DeclinedComplaint,

    /// <summary>（五）不予处理 2.重复申请 (第三十六条第（六）项)</summary>
    DeclinedDuplicate,

    /// <summary>（五）不予处理 3.要求提供公开出版物 (第三十九条第二款)</summary>
    DeclinedPublication,

    /// <summary>（五）不予处理 4.无正当理由大量反复申请 (第三十五条)</summary>
    DeclinedExcessive,

    /// <summary>（五）不予处理 5.要求行政机关确认或重新出具已获取信息</summary>
    DeclinedConfirmation,

    /// <summary>（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 (第三十条)</summary>
    OtherNoCorrection,

    /// <summary>（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 (国办函〔2020〕109号)</summary>
    OtherFeeUnpaid,

    /// <summary>（六）其他处理 3.其他 (withdrawn, 第四十一条 corrections, …)</summary>
    OtherMisc,
}
