namespace Gongkai.Casework.Fees;

/// <summary>The part of a fee that falls in one tier: units <see cref="First"/> to <see cref="Last"/> at one rate.</summary>
/// <param name="First">The first unit (件 or 页) charged in this tier, counted from 1; inclusive.</param>
/// <param name="Last">The last unit charged in this tier; inclusive.</param>
/// <param name="UnitPrice">元 per unit in this tier; 0 for the free tier.</param>
public sealed record FeeTierCharge(int First, int Last, decimal UnitPrice)
{
    /// <summary>The number of units charged in this tier.</summary>
    public int Units => Last - First + 1;

    /// <summary>The amount of this tier in 元: <see cref="Units"/> × <see cref="UnitPrice"/>.</summary>
    public decimal Amount => Units * UnitPrice;
}
