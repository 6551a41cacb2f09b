using System.Management.Automation;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Output;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Lists the Identity Center instances of the account.</para>
    /// <para type="description">Follows every page of the listing. Tab completion of -InstanceId uses the same call.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IdcInstance", DefaultParameterSetName = ParameterSets.Default)]
    [OutputType(typeof(IdentityCenterInstance))]
    public sealed class GetIdcInstanceCommand : IdcCmdlet
    {
        protected override void ProcessRecord()
        {
            if (TryCall(ItemOperation.ListInstances(), (client, token) => client.ListInstancesAsync(token), out var instances))
            {
                foreach (var instance in instances)
                {
                    WriteObject(TypedOutput.Wrap(instance));
                }
            }
        }
    }
}
