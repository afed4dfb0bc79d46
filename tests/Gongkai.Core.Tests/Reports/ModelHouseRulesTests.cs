using System.Reflection;
using Gongkai.Reports;

namespace Gongkai.Core.Tests.Reports;

/// <summary>House rules that hold for every type of the model: sealed and without settable state.</summary>
public sealed class ModelHouseRulesTests
{
    public static TheoryData<Type> ModelTypes() =>
        [.. typeof(AnnualReport).Assembly.GetTypes()
            .Where(t => t.Namespace is "Gongkai.Reports" or "Gongkai.Diagnostics" or "Gongkai.Casework" or "Gongkai.Casework.Statistics" or "Gongkai.Casework.Applications" or "Gongkai.Casework.Fees" or "Gongkai.Casework.Notices" or "Gongkai.Casework.Disclosure" && t.IsClass && !t.IsAbstract && !t.Name.StartsWith('<') && !typeof(Exception).IsAssignableFrom(t))]; // exceptions carry the BCL's settable HelpLink and Source

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void ModelClassesAreSealed(Type type) => Assert.True(type.IsSealed || (type.IsAbstract && type.IsSealed), $"{type} is not sealed");

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void ModelClassesHaveNoPublicSetters(Type type)
    {
        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } set && !set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => p.Name);
        Assert.Empty(setters);
    }
}
