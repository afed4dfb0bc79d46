using Gongkai.Casework.Applications;
using Gongkai.Casework.Statistics;

namespace Gongkai.Core.Tests.Casework.Applications;

public sealed class ApplicantMaskingTests
{
    [Fact]
    public void APersonsIdentityNumberPhoneAndEmailKeepOnlyTheirEndsAndTheAddressIsHidden()
    {
        var masked = new Applicant(ApplicantType.Natural, "张三", "110101199001011234", "13800000000", "zhangsan@example.com", "某市某路1号").Masked();
        Assert.Equal(new Applicant(ApplicantType.Natural, "张三", "1101**********1234", "138****0000", "z***@example.com", "（已隐去）"), masked);
    }

    [Fact]
    public void AnOrganisationsCreditCodeIsPublicAndStaysWholeButItsContactsAreMasked()
    {
        var masked = new Applicant(ApplicantType.Business, "某建设有限公司", "91110000100000000X", "010-12345678").Masked();
        Assert.Equal("91110000100000000X", masked.IdDocument);
        Assert.Equal("010*****5678", masked.Phone);
        Assert.Equal("", masked.Email);
        Assert.Equal("", masked.Address);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("1234567", "*******")]
    [InlineData(" E12345678 ", "E123*5678")]
    [InlineData("E1234567", "********")]
    public void ShortOrOddIdentityDocumentsAreMaskedWithoutFailing(string id, string expected) =>
        Assert.Equal(expected, new Applicant(ApplicantType.Natural, "某", id).Masked().IdDocument);

    [Theory]
    [InlineData("@example.com", "************")]
    [InlineData("not-an-address", "**************")]
    public void AnEmailWithoutALocalPartIsHiddenWhole(string email, string expected) => Assert.Equal(expected, Applicant.MaskEmail(email));
}
