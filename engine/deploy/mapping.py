"""From a live module instance to the arguments of its task's ``Model`` constructor.

The rule is the one that wrote the task's cases (``taskgen.cases``), applied to a case
recorded at the instance itself: while the twin was built (``identify``), every module's
constructor arguments and the config fields it and the modules it built read were
recorded; the task's ``Model.__init__`` takes them positionally, in its own order:

* a literal argument (an int, a float, a flag, a list of them) as recorded;
* a config argument as the instance's own config class, rebuilt from the fields read
  under the instance (the class's defaults for the rest, as the trace had them);
* a parameter left out takes its default; an argument the task's constructor does not take
  is dropped where it was None, and where the instance also took a config, becomes the config
  field of its name (``Qwen3MoeMLP(config, intermediate_size=128)`` is ``LlamaMLP(config)``
  with ``config.intermediate_size = 128``, what ``LlamaMLP`` reads); anything else (a module passed in, a
  tensor, an argument the task cannot take) is *unmapped*, with the reason, and the instance
  is not swapped;
* a live config gains the names another config gives a quantity it holds
  (``taskgen.cases.same_quantity``): Qwen3-MoE's experts, whose task is Inkling's, read
  ``n_routed_experts`` where Qwen3-MoE's config says ``num_experts``.

So a ``MistralRMSNorm(hidden_size=64, eps=1e-5)`` instance whose kernel is the task
``L1/llama_rms_norm`` becomes ``ModelNew(64, 1e-5)``, and a ``LlamaMLP(config)`` instance
becomes ``ModelNew(LlamaConfig(hidden_size=..., intermediate_size=..., hidden_act=...))``.
"""
from __future__ import annotations

import copy
import inspect

# taskgen's mapping of a recorded case onto an interface, imported in one place.
from fastkernels.taskgen.case_configs import Unmapped, config_class
from fastkernels.taskgen.cases import case_init, same_quantity
from fastkernels.taskgen.upstream import interface, resolve

__all__ = ["Unmapped", "init_arguments", "fields_index"]


def fields_index(instances: list, arch: str) -> dict[str, list[tuple[str, dict]]]:
    """The index taskgen reads subtree config fields from, for one model's instances."""
    found = {}
    for instance in instances:
        if instance.case.get("config_fields"):
            found.setdefault(instance.path, _case(instance, arch))
    return {arch: sorted(found.items())}


def _case(instance, arch: str, qualname: str | None = None) -> dict:
    return {**instance.case, "architectures": [arch], "qualname": qualname or instance.qualname}


def init_arguments(instance, task_qualname: str, composite: bool, index: dict, arch: str, live_configs=()) -> list:
    """Positional arguments for the task's ``Model`` / ``ModelNew`` built as ``instance``;
    raises ``Unmapped`` with the reason. A config argument is the live model's own (sub-)config
    of the recorded class where the model has exactly one (``live_configs``), with the folded
    arguments set on a copy; else rebuilt from the fields read, as a task rebuilds it. The instance is taken as built from its own config
    class even where the task's upstream class differs (a Mistral instance of a kernel whose
    task names Llama's class): the kernels are the same computation, which the swap's strict
    weight load and the verification then check."""
    upstream = interface(task_qualname)
    if upstream.kind == "function":
        raise Unmapped("a function kernel: its calls are not a module instance")
    case = _case(instance, arch, upstream.qualname)
    accepted = inspect.signature(resolve(upstream.qualname).__init__).parameters
    takes_config = any(v["kind"] == "config" for v in case.get("init", {}).values())
    init, folded = {}, {}
    for name, spec in case.get("init", {}).items():
        if name in accepted:
            init[name] = spec
        elif takes_config and "value" in spec:
            folded[name] = spec["value"]
        elif spec["kind"] != "none":
            init[name] = spec  # taskgen's rule names it as not in the constructor
    live = {}
    for name, spec in init.items():
        found = [c for c in live_configs if spec["kind"] == "config" and type(c).__name__ == spec["type"]]
        if len(found) == 1:  # taken as it is: taskgen's rule orders it as a literal, _value puts it in
            live[name] = copy.copy(found[0])
            init[name] = {"kind": "str", "value": _LIVE}
    for config in live.values():
        for field, setting in {**same_quantity(config.to_dict()), **folded}.items():
            setattr(config, field, setting)
    case.update(init=init, config_fields={**case.get("config_fields", {}), **folded})
    init = case_init(case, upstream, index, {}, composite)
    return [live[name] if value == _LIVE else _value(value, upstream.module) for name, value in init.items()]


_LIVE = "<the live model's config>"


def _value(value, near: str):
    if isinstance(value, dict) and "config_class" in value:
        return config_class(value["config_class"], near)(**value["fields"])
    return value
