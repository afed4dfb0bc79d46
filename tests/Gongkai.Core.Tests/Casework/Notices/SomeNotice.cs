using Gongkai.Casework.Notices;
using Gongkai.Casework.Statistics;

namespace Gongkai.Core.Tests.Casework.Notices;

/// <summary>Valid sample notices: change one field with <c>with</c>.</summary>
internal static class SomeNotice
{
    public static readonly ApplicationRequest Request = new(new DateOnly(2026, 11, 2), "2025年度本市老旧小区改造项目资金安排情况");

    public static Notice Of(NoticeKind kind, params string[] paragraphs) =>
        new(kind, "X市人民政府办公室", "X政公开〔2026〕12号", "张三", Request, new DateOnly(2026, 11, 22), paragraphs);

    public static Notice Decision(ApplicationOutcome outcome, params string[] paragraphs) =>
        Of(NoticeKind.Decision, paragraphs) with { Outcome = outcome, Appeal = new AppealBodies("X市人民政府", "X市Y区人民法院") };
}
