using System.Reflection;
using Gongkai.Similarity;

namespace Gongkai.Core.Tests.Similarity;

public sealed class NarrativeDocTests
{
    [Fact]
    public void TheNarrativeIsTheSixSectionsWithoutTheTables()
    {
        var text = NarrativeSamples.Seeds[0].Text;
        Assert.StartsWith("一、总体情况\n2024年，巨鹿镇根据", text, StringComparison.Ordinal);
        Assert.Contains("二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况", text, StringComparison.Ordinal);
        Assert.Contains("(二)改进措施：一是进一步提高干部员工思想认识", text, StringComparison.Ordinal);
        Assert.EndsWith("六、其他需要报告的事项\n无", text, StringComparison.Ordinal);
        Assert.DoesNotContain("第二十条", text, StringComparison.Ordinal);
        Assert.DoesNotContain("信息内容", text, StringComparison.Ordinal);
        Assert.Equal("巨鹿镇", NarrativeSamples.Seeds[0].Agency);
    }

    public static TheoryData<Type> PublicTypes() =>
        [.. typeof(NearDuplicates).Assembly.GetExportedTypes().Where(t => t.Namespace == "Gongkai.Similarity")];

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicTypesAreSealedAndImmutable(Type type)
    {
        Assert.True(type.IsSealed, $"{type} is not sealed (or static)");
        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } set && !set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => p.Name);
        Assert.Empty(setters);
    }
}
