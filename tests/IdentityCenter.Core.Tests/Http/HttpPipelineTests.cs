using IdentityCenter.Core.Http;

namespace IdentityCenter.Core.Tests.Http;

public sealed class HttpPipelineTests
{
    [Fact]
    public void A_request_passes_through_the_modules_handlers_and_nothing_else_the_factory_would_add()
    {
        var chain = IdcHttpPipeline.Shared.HandlerChain();

        // The factory's outer lifetime handler, then the module's three, then the network handler.
        Assert.Equal(
            new[] { typeof(RetryHandler), typeof(SigningHandler), typeof(TelemetryHandler), typeof(NetworkHandler) },
            chain.Skip(1));
        Assert.DoesNotContain(chain, type => type.Namespace == "Microsoft.Extensions.Http.Logging");
    }
}
