namespace IdentityCenter.Emulator.Faults;

/// <summary>A registered fault as it stands: how many more requests it will affect and how many it has.</summary>
public sealed record ActiveFault(string Id, FaultRule Rule, int? Remaining, int TimesApplied);
