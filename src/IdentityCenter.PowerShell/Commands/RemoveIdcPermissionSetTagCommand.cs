using System.Management.Automation;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Removes tags from a permission set by key.</para>
    /// <para type="description">A key the set does not have is a warning, not an error, so a rerun converges.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "IdcPermissionSetTag", SupportsShouldProcess = true, DefaultParameterSetName = ParameterSets.Default)]
    public sealed class RemoveIdcPermissionSetTagCommand : IdcCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? PermissionSetId { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[]? Key { get; set; }

        protected override void ProcessRecord()
        {
            var permissionSetId = PermissionSetId ?? string.Empty;
            var keys = Key ?? System.Array.Empty<string>();
            var operation = ItemOperation.RemoveTags(permissionSetId, keys);
            if (!ShouldProcess(operation.Target, operation.Action))
            {
                return;
            }

            if (!TryCall(operation, (client, token) => client.UntagPermissionSetAsync(permissionSetId, keys, token), out var change))
            {
                return;
            }

            if (change.ChangedKeys.Count > 0)
            {
                WriteVerbose("Removed tags " + string.Join(", ", change.ChangedKeys) + " from " + operation.Target + ".");
            }

            if (change.AbsentKeys.Count > 0)
            {
                WriteWarning("Nothing removed for " + string.Join(", ", change.AbsentKeys) + ": " + operation.Target + " has no tag with " +
                    (change.AbsentKeys.Count == 1 ? "that key" : "those keys") + ".");
            }
        }
    }
}
