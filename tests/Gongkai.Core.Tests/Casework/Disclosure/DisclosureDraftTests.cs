using System.Reflection;
using Gongkai.Casework.Disclosure;

namespace Gongkai.Core.Tests.Casework.Disclosure;

/// <summary>What a draft must hold before it is stored, and the house rules of the disclosure types.</summary>
public sealed class DisclosureDraftTests
{
    private static readonly DateOnly Today = new(2025, 6, 30);

    private static readonly DisclosureDraft Valid = new(
        "关于调整城市道路停车收费标准的通知", "调整中心城区路内停车收费标准", "正文……", "某发改〔2025〕12号",
        Article20Category.Fees, DisclosureMode.Proactive, new DateOnly(2025, 6, 3), null);

    [Fact]
    public void AFullDraftHasNoProblems() => Assert.Empty(Valid.Validate(Today));

    public static TheoryData<DisclosureDraft, string, string> Broken() => new()
    {
        { Valid with { Title = " " }, "Title", "名称不能为空。" },
        { Valid with { Summary = "" }, "Summary", "内容概述不能为空。" },
        { Valid with { Title = new string('名', DisclosureDraft.MaxTitle + 1) }, "Title", "名称不能超过 200 字。" },
        { Valid with { DocNumber = new string('号', DisclosureDraft.MaxDocNumber + 1) }, "DocNumber", "文号不能超过 100 字。" },
        { Valid with { Body = "a\u0000b" }, "Body", "正文含有控制字符。" },
        { Valid with { Category = (Article20Category)16 }, "Category", "请选择第二十条所列的信息类别。" },
        { Valid with { Mode = (DisclosureMode)9 }, "Mode", "请选择公开属性。" },
        { Valid with { GeneratedOn = Today.AddDays(1) }, "GeneratedOn", "生成日期不能晚于今天。" },
        { Valid with { ChangedOn = new DateOnly(2025, 6, 2) }, "ChangedOn", "变更日期须在生成日期与今天之间。" },
        { Valid with { ChangedOn = Today.AddDays(1) }, "ChangedOn", "变更日期须在生成日期与今天之间。" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void EachProblemIsNamedWithItsField(DisclosureDraft draft, string field, string message) =>
        Assert.Equal([new DraftProblem(field, message)], draft.Validate(Today));

    [Fact]
    public void NormalizingTrimsAndAnEmptyDocumentNumberIsNone()
    {
        var draft = (Valid with { Title = "  名称 ", DocNumber = "  " }).Normalized();

        Assert.Equal("名称", draft.Title);
        Assert.Null(draft.DocNumber);
    }

    public static TheoryData<Type> DisclosureTypes() =>
        [.. typeof(SignOff).Assembly.GetTypes().Where(t => t.Namespace == "Gongkai.Casework.Disclosure" && t.IsClass && !t.Name.StartsWith('<') && !t.IsNested)];

    [Theory]
    [MemberData(nameof(DisclosureTypes))]
    public void DisclosureTypesAreSealedWithoutPublicSetters(Type type)
    {
        Assert.True(type.IsSealed, $"{type} is not sealed");
        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } set && !set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => p.Name);
        Assert.Empty(setters);
    }
}
