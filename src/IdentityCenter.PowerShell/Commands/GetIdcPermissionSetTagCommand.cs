using System.Management.Automation;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Output;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Gets the tags of a permission set.</para>
    /// <para type="description">Writes one object per tag, following every page of the listing.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IdcPermissionSetTag", DefaultParameterSetName = ParameterSets.Default)]
    [OutputType(typeof(PermissionSetTagEntry))]
    public sealed class GetIdcPermissionSetTagCommand : IdcCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? PermissionSetId { get; set; }

        protected override void ProcessRecord()
        {
            var permissionSetId = PermissionSetId ?? string.Empty;
            if (TryCall(ItemOperation.GetTags(permissionSetId), (client, token) => client.ListPermissionSetTagsAsync(permissionSetId, token), out var tags))
            {
                foreach (var tag in tags)
                {
                    WriteObject(TypedOutput.Wrap(tag));
                }
            }
        }
    }
}
