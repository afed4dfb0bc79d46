namespace Gongkai.Agencies;

/// <summary>The four levels of China's administrative divisions that issue annual reports.</summary>
public enum DivisionLevel
{
    /// <summary>省级：省、自治区、直辖市.</summary>
    Province = 1,

    /// <summary>地级：地级市、地区、自治州、盟.</summary>
    City = 2,

    /// <summary>县级：县、自治县、县级市、市辖区、旗、自治旗、林区、特区.</summary>
    County = 3,

    /// <summary>乡级：镇、乡、民族乡、苏木、街道.</summary>
    Township = 4,
}
