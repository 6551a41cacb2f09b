namespace IdentityCenter.Benchmarks;

/// <summary>
/// Sequential creates through the Core client, each with its own name. The emulator is emptied every thousand
/// calls, so what grows across a run is the client's and not the emulator's store of permission sets.
/// </summary>
internal sealed class CreateLoop
{
    private const int ResetEvery = 1000;

    private readonly EmulatorSession session;
    private int calls;

    public CreateLoop(EmulatorSession session) => this.session = session;

    public int Calls => calls;

    public async Task RunAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (calls % ResetEvery == 0)
            {
                session.Reset();
            }

            await session.CreateAsync(TypicalCreate.Request(TypicalCreate.Name(++calls)));
        }
    }
}
