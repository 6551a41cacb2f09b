namespace IdentityCenter.Benchmarks;

/// <summary>The closing table: every figure beside its budget, aligned for a terminal.</summary>
internal sealed class BudgetReport
{
    private readonly List<BudgetLine> lines = new();

    public void Add(BudgetLine line) => lines.Add(line);

    public void WriteTo(TextWriter writer)
    {
        var all = lines.Prepend(new BudgetLine("figure", "measured", "budget", "verdict")).ToList();
        var figureWidth = all.Max(l => l.Figure.Length);
        var measuredWidth = all.Max(l => l.Measured.Length);
        var budgetWidth = all.Max(l => l.Budget.Length);
        foreach (var line in all)
        {
            writer.WriteLine(line.Figure.PadRight(figureWidth) + "  " + line.Measured.PadRight(measuredWidth) + "  " + line.Budget.PadRight(budgetWidth) + "  " + line.Verdict);
        }

        var budgeted = lines.Where(l => l.Verdict != "-").ToList();
        writer.WriteLine();
        writer.WriteLine(budgeted.Count(l => !l.IsOver) + " of " + budgeted.Count + " budgets met.");
    }
}
