using Gongkai.Casework.Disclosure;

namespace Gongkai.Core.Tests.Casework.Disclosure;

/// <summary>三审: 草稿 → 初审 → 保密审查 → 终审 → 已公开, four eyes at every review, rejections back to the draft with a reason.</summary>
public sealed class SignOffTests
{
    private static readonly Signer Drafter = new(1, "起草人");
    private static readonly Signer Reviewer = new(2, "初审人");
    private static readonly Signer Secrecy = new(3, "保密审查人");
    private static readonly Signer Approver = new(4, "审批人");

    /// <summary>The whole table: every stage × every action, and where the legal ones lead.</summary>
    public static TheoryData<DisclosureStage, SignOffAction, DisclosureStage?> Table()
    {
        var legal = new Dictionary<(DisclosureStage, SignOffAction), DisclosureStage>
        {
            [(DisclosureStage.Draft, SignOffAction.Submit)] = DisclosureStage.Review,
            [(DisclosureStage.Draft, SignOffAction.Withdraw)] = DisclosureStage.Withdrawn,
            [(DisclosureStage.Review, SignOffAction.Pass)] = DisclosureStage.SecrecyCheck,
            [(DisclosureStage.Review, SignOffAction.Reject)] = DisclosureStage.Draft,
            [(DisclosureStage.SecrecyCheck, SignOffAction.Pass)] = DisclosureStage.Approval,
            [(DisclosureStage.SecrecyCheck, SignOffAction.Reject)] = DisclosureStage.Draft,
            [(DisclosureStage.Approval, SignOffAction.Pass)] = DisclosureStage.Published,
            [(DisclosureStage.Approval, SignOffAction.Reject)] = DisclosureStage.Draft,
            [(DisclosureStage.Published, SignOffAction.Revise)] = DisclosureStage.Draft,
            [(DisclosureStage.Published, SignOffAction.Withdraw)] = DisclosureStage.Withdrawn,
        };
        var data = new TheoryData<DisclosureStage, SignOffAction, DisclosureStage?>();
        foreach (var stage in DisclosureStages.All)
        {
            foreach (var action in Enum.GetValues<SignOffAction>())
            {
                data.Add(stage, action, legal.TryGetValue((stage, action), out var to) ? to : null);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void EveryMoveIsInTheTableAndEveryOtherMoveIsRefusedTheSameWay(DisclosureStage stage, SignOffAction action, DisclosureStage? expected)
    {
        var result = new SignOff(stage, Drafter.Id).Move(action, Reviewer, "理由");

        Assert.Equal(expected, SignOff.Next(stage, action));
        if (expected is { } to)
        {
            Assert.True(result.Succeeded);
            Assert.Equal(to, result.Next.Stage);
            Assert.Equal(new SignOffStep(stage, action, to, Reviewer, "理由"), result.Step);
            Assert.Contains(action, new SignOff(stage, Drafter.Id).Allowed);
        }
        else
        {
            Assert.False(result.Succeeded);
            Assert.Null(result.Step);
            Assert.Equal($"处于“{DisclosureStages.Zh(stage)}”的信息不能{DisclosureStages.Zh(action)}。", result.Refusal);
            Assert.DoesNotContain(action, new SignOff(stage, Drafter.Id).Allowed);
        }
    }

    [Fact]
    public void ThreeSignersOtherThanTheDrafterTakeADraftToPublication()
    {
        var steps = new List<SignOffStep>();
        var state = SignOff.NewDraft(Drafter.Id);
        foreach (var move in new Func<SignOff, SignOffResult>[]
        {
            s => s.Submit(Drafter),
            s => s.Pass(Reviewer, "内容准确"),
            s => s.Pass(Secrecy),
            s => s.Pass(Approver, "同意公开"),
        })
        {
            var result = move(state);
            Assert.True(result.Succeeded, result.Refusal);
            state = result.Next;
            steps.Add(result.Step);
        }

        Assert.Equal(DisclosureStage.Published, state.Stage);
        Assert.Equal([DisclosureStage.Draft, DisclosureStage.Review, DisclosureStage.SecrecyCheck, DisclosureStage.Approval], steps.Select(s => s.Stage));
        Assert.Equal([Drafter, Reviewer, Secrecy, Approver], steps.Select(s => s.Signer));
        Assert.Equal("同意公开", steps[^1].Comment);
        Assert.Null(steps[2].Comment);
    }

    [Fact]
    public void WhoeverChangedTheContentCannotSignItsReviewEither()
    {
        var state = new SignOff(DisclosureStage.Review, Drafter.Id) { Editors = [Reviewer.Id] };
        Assert.False(state.Pass(Reviewer).Succeeded);
        Assert.False(state.Reject(Reviewer, "有误").Succeeded);
        Assert.True(state.Pass(Secrecy).Succeeded);
    }

    [Theory]
    [InlineData(DisclosureStage.Review)]
    [InlineData(DisclosureStage.SecrecyCheck)]
    [InlineData(DisclosureStage.Approval)]
    public void TheDrafterCanNeitherPassNorRejectAnyReviewStage(DisclosureStage stage)
    {
        var state = new SignOff(stage, Drafter.Id);
        var drafterUnderAnotherName = Drafter with { Name = "改名" };

        foreach (var result in new[] { state.Pass(Drafter), state.Reject(Drafter, "有误"), state.Pass(drafterUnderAnotherName) })
        {
            Assert.False(result.Succeeded);
            Assert.Contains("审核须由起草人、修改人以外的人员进行", result.Refusal, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(DisclosureStage.Review)]
    [InlineData(DisclosureStage.SecrecyCheck)]
    [InlineData(DisclosureStage.Approval)]
    public void ARejectionAtAnyStageReturnsToTheDraftAndNeedsAReason(DisclosureStage stage)
    {
        var state = new SignOff(stage, Drafter.Id);

        Assert.Equal("退回修改须写明理由。", state.Reject(Secrecy, "  ").Refusal);
        var result = state.Reject(Secrecy, " 涉及个人信息，须删去身份证号 ");

        Assert.True(result.Succeeded);
        Assert.Equal(DisclosureStage.Draft, result.Next.Stage);
        Assert.True(result.Next.Editable);
        Assert.Equal("涉及个人信息，须删去身份证号", result.Step.Comment);
        Assert.Equal(stage, result.Step.Stage);
    }

    [Fact]
    public void AWithdrawalNeedsAReasonAndAWithdrawnItemIsFinal()
    {
        var published = new SignOff(DisclosureStage.Published, Drafter.Id);

        Assert.Equal("撤回须写明理由。", published.Withdraw(Approver, null).Refusal);
        var withdrawn = published.Withdraw(Approver, "文件已废止").Next!;
        Assert.Equal(DisclosureStage.Withdrawn, withdrawn.Stage);
        Assert.Empty(withdrawn.Allowed);
        Assert.False(withdrawn.Editable);
    }

    [Fact]
    public void OnlyADraftIsEditableAndAPublishedItemIsRevisedBackToADraft()
    {
        Assert.Equal([DisclosureStage.Draft], DisclosureStages.All.Where(s => new SignOff(s, 1).Editable));
        var revised = new SignOff(DisclosureStage.Published, Drafter.Id).Revise(Drafter, "标准调整");

        Assert.True(revised.Succeeded);
        Assert.Equal(DisclosureStage.Draft, revised.Next.Stage);
    }

    [Fact]
    public void AnOverlongCommentIsRefused()
    {
        var result = new SignOff(DisclosureStage.Review, Drafter.Id).Reject(Reviewer, new string('字', SignOff.MaxCommentLength + 1));

        Assert.Equal($"意见不能超过 {SignOff.MaxCommentLength} 字。", result.Refusal);
    }

    [Fact]
    public void StagesAndActionsRoundTripThroughTheirStoredCodes()
    {
        Assert.All(DisclosureStages.All, s => Assert.Equal(s, DisclosureStages.Parse(DisclosureStages.Code(s))));
        Assert.All(Enum.GetValues<SignOffAction>(), a => Assert.Equal(a, DisclosureStages.ParseAction(DisclosureStages.Code(a))));
        Assert.Equal("secrecy_check", DisclosureStages.Code(DisclosureStage.SecrecyCheck));
        Assert.Null(DisclosureStages.Parse("published "));
        Assert.All(DisclosureModes.All, m => Assert.Equal(m, DisclosureModes.Parse(DisclosureModes.Code(m))));
    }
}
