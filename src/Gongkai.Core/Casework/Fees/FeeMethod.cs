namespace Gongkai.Casework.Fees;

/// <summary>
/// How a 信息处理费 is counted (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号第三条): the agency picks one
/// method per application, never both. Both methods are 超额累进: each tier's rate applies only to the units inside it.
/// </summary>
public enum FeeMethod
{
    /// <summary>按件计收 (第四条): by the applicant's applications in one calendar month, counted cumulatively.</summary>
    PerApplication = 1,

    /// <summary>按量计收 (第五条): by the pages of one application (paper, e-mail or copied electronic data).</summary>
    PerPage,
}
