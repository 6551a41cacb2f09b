using System.Management.Automation;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Arguments;
using IdentityCenter.PowerShell.Completion;
using IdentityCenter.PowerShell.Errors;
using IdentityCenter.PowerShell.Output;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Changes the description, relay state or session duration of a permission set.</para>
    /// <para type="description">Reads the set first and sends only the values that differ, so running it again with the
    /// same values changes nothing. The name of a permission set cannot change.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "IdcPermissionSet", SupportsShouldProcess = true, DefaultParameterSetName = ParameterSets.Default)]
    [OutputType(typeof(PermissionSet))]
    public sealed class SetIdcPermissionSetCommand : IdcCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        public string? InstanceId { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? PermissionSetId { get; set; }

        // No length attribute here: a piped permission set without a description binds null, which such an attribute
        // refuses. Core checks the same limits per item and names the parameter.
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Description { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? RelayState { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [SessionDurationTransformation]
        [ValidateSessionDuration]
        [ArgumentCompleter(typeof(SessionDurationCompleter))]
        public string? SessionDuration { get; set; }

        /// <summary>Refused: the API cannot rename a permission set. Declared so that asking gets that answer.</summary>
        [Parameter]
        public string? NewName { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>The core request for the current item. Empty values (blank CSV cells) count as not given.</summary>
        internal UpdatePermissionSetRequest BuildRequest() => new UpdatePermissionSetRequest
        {
            InstanceId = InstanceId ?? string.Empty,
            PermissionSetId = PermissionSetId ?? string.Empty,
            Description = GivenOrNull(Description),
            RelayState = GivenOrNull(RelayState),
            SessionDuration = GivenOrNull(SessionDuration),
        };

        protected override void ProcessRecord()
        {
            var request = BuildRequest();
            var operation = ItemOperation.UpdatePermissionSet(request);
            if (NewName != null)
            {
                var rename = new IdcValidationException(
                    "NewName",
                    "the name of a permission set cannot change",
                    "The API has no rename: create a set with the new name (New-IdcPermissionSet) and remove this one (Remove-IdcPermissionSet)");
                WriteError(ErrorRecords.From(ErrorMapper.ForItem(rename, operation)));
                return;
            }

            if (request.Description == null && request.RelayState == null && request.SessionDuration == null)
            {
                WriteWarning("Nothing to change for " + operation.Target + ": give -Description, -RelayState or -SessionDuration.");
                return;
            }

            if (!ShouldProcess(operation.Target, operation.Action))
            {
                return;
            }

            if (!TryCall(operation, (client, token) => client.UpdatePermissionSetAsync(request, token), out var update))
            {
                return;
            }

            WriteVerbose(update.Changes.Count == 0
                ? operation.Target + " already has these values; nothing was sent."
                : "Updated " + operation.Target + ": " + string.Join("; ", System.Linq.Enumerable.Select(update.Changes, c => c.Field + " was " + (c.Existing ?? "not set"))) + ".");
            if (PassThru.IsPresent)
            {
                WriteObject(TypedOutput.Wrap(update.PermissionSet));
            }
        }

        private static string? GivenOrNull(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}
