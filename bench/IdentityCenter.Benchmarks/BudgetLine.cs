namespace IdentityCenter.Benchmarks;

/// <summary>One printed figure: what was measured and, when it has one, its budget and verdict.</summary>
internal sealed record BudgetLine(string Figure, string Measured, string Budget, string Verdict)
{
    public static BudgetLine Info(string figure, string measured) => new(figure, measured, "-", "-");

    /// <summary>A figure that must stay at or below its limit; OVER says by how much.</summary>
    public static BudgetLine AtMost(string figure, double value, double limit, string measured, string budget)
    {
        if (double.IsNaN(value))
        {
            return new BudgetLine(figure, "not measured", budget, "MISSING");
        }

        if (value <= limit)
        {
            return new BudgetLine(figure, measured, budget, "PASS");
        }

        var over = limit == 0 ? value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : ((value / limit) - 1).ToString("P0", System.Globalization.CultureInfo.InvariantCulture);
        return new BudgetLine(figure, measured, budget, "OVER by " + over);
    }

    /// <summary>A figure that must stay at or above its floor; SHORT says by how much.</summary>
    public static BudgetLine AtLeast(string figure, double value, double floor, string measured, string budget)
    {
        if (double.IsNaN(value))
        {
            return new BudgetLine(figure, "not measured", budget, "MISSING");
        }

        return value >= floor
            ? new BudgetLine(figure, measured, budget, "PASS")
            : new BudgetLine(figure, measured, budget, "SHORT by " + (1 - (value / floor)).ToString("P0", System.Globalization.CultureInfo.InvariantCulture));
    }

    public bool IsOver => Verdict != "PASS" && Verdict != "-";
}
