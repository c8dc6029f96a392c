"""Modality and the reference benchmark's 8 categories, from upstream metadata.

The rules read what transformers itself declares: which auto-class mappings (tasks) list a
model type, and which fields its default config carries (sub-configs, state-space or
linear-attention fields, a predictor). They are applied in order; the first match wins, and
the reason string names the rule so a reader can check it. The few model types that the
rules place wrongly are in ``OVERRIDES``, each with its reason.
"""

from __future__ import annotations

from functools import lru_cache

from fastkernels.analyzer.trace.configs import is_config

CATEGORIES = (
    "Dense & MoE LLMs",
    "Linear attention & new architectures",
    "Vision/video/audio",
    "Multimodal & encoders",
    "Edge & detection",
    "3D/robotics/science",
    "Recommendation & specialized",
    "World models",
)

_VISION_TASKS = {
    "image_classification", "image", "masked_image_modeling", "depth_estimation",
    "image_to_image", "video_classification", "keypoint_detection", "keypoint_matching",
    "image_segmentation", "semantic_segmentation", "instance_segmentation",
    "universal_segmentation", "object_detection", "zero_shot_object_detection",
    "mask_generation", "backbone", "image_matting", "pose_estimation", "normal_estimation",
    "pointmap_estimation", "causal_image_modeling", "table_recognition", "text_recognition",
}
_AUDIO_TASKS = {
    "audio_classification", "audio_frame_classification", "audio_xvector", "ctc",
    "speech_seq_2_seq", "text_to_spectrogram", "text_to_waveform", "rnnt", "tdt",
}
_MULTIMODAL_TASKS = {
    "image_text_to_text", "multimodal_lm", "visual_question_answering",
    "document_question_answering", "zero_shot_image_classification", "retrieval",
}
_DETECTION_TASKS = {
    "object_detection", "zero_shot_object_detection", "instance_segmentation",
    "semantic_segmentation", "universal_segmentation", "image_segmentation",
    "keypoint_detection", "pose_estimation", "mask_generation", "table_recognition",
    "text_recognition",
}
_SCIENCE_TASKS = {
    "time_series_classification", "time_series_prediction", "time_series_regression",
    "decision", "pointmap_estimation", "normal_estimation", "depth_estimation",
}
_TEXT_ENCODER_TASKS = {
    "masked_lm", "text_encoding", "sequence_classification", "token_classification",
    "question_answering", "multiple_choice", "next_sentence_prediction",
    "table_question_answering",
}
# Config fields that only recurrent, state-space or linear-attention layers have.
_RECURRENT_FIELDS = {
    "state_size", "ssm_state_size", "time_step_rank", "mamba_d_state", "linear_conv_kernel_dim",
    "attention_hidden_size", "head_size_divisor", "conv_L_cache", "linear_num_key_heads",
    "mamba_expand", "ssm_cfg", "chunk_size_linear", "rwkv_head_size", "decay_low_rank_dim",
    "short_conv_kernel_size", "linear_attn_config",
}
_RECURRENT_LAYER_TYPES = ("mamba", "linear", "conv", "recurrent", "ssm", "rwkv", "gla", "deltanet")
# Modules of the protein, chemistry and robotics families: named by upstream's fields.
_SCIENCE_FIELDS = {"esmfold_config", "vocab_list", "act_dim", "state_dim", "num_atom_types", "action_dim"}

# Where the rules are wrong, with why. Keep this a handful.
OVERRIDES: dict[str, tuple[str, str]] = {}


@lru_cache(maxsize=None)
def default_config_fields(model_type: str) -> frozenset[str]:
    """Field names of the default config and of its sub-configs (prefixed by nothing)."""
    from transformers.models.auto import configuration_auto

    try:
        config = configuration_auto.CONFIG_MAPPING[model_type]()
    except Exception:
        return frozenset({"<invalid default config>"})
    fields = set()
    stack = [config]
    while stack:
        current = stack.pop()
        for key, value in vars(current).items():
            fields.add(key.removesuffix("_internal"))
            if is_config(value):
                fields.add(f"sub:{key}")
                stack.append(value)
        layer_types = getattr(current, "layer_types", None) or []
        fields.update(f"layer_type:{t}" for t in layer_types if isinstance(t, str))
    return frozenset(fields)


def modality(tasks: tuple[str, ...], fields: frozenset[str]) -> str:
    """text, vision, audio, multimodal or other, from the tasks and the sub-configs.

    A text head on an audio or vision model (Whisper's causal-LM decoder) does not make it
    multimodal; separate towers of different modalities, or a vision-language task, do.
    """
    task_set = set(tasks)
    towers = {f for f in fields if f.startswith("sub:")}
    vision_tower = any("vision" in t or "image" in t for t in towers)
    audio_tower = any("audio" in t or "speech" in t for t in towers)
    text_tower = any("text" in t for t in towers)
    if task_set & _MULTIMODAL_TASKS or (text_tower and (vision_tower or audio_tower)) or (vision_tower and audio_tower):
        return "multimodal"
    if task_set & _AUDIO_TASKS or audio_tower:
        return "audio"
    if task_set & _VISION_TASKS or vision_tower:
        return "vision"
    if task_set & {"time_series_classification", "time_series_prediction", "time_series_regression", "decision"}:
        return "other"
    return "text"


def _is_recurrent(fields: frozenset[str]) -> bool:
    if fields & _RECURRENT_FIELDS:
        return True
    layer_types = [f.removeprefix("layer_type:") for f in fields if f.startswith("layer_type:")]
    return any(any(word in t for word in _RECURRENT_LAYER_TYPES) for t in layer_types)


def category(model_type: str, tasks: tuple[str, ...], modality_: str, fields: frozenset[str]) -> tuple[str, str]:
    """The category and the rule (or override) that chose it."""
    if model_type in OVERRIDES:
        chosen, why = OVERRIDES[model_type]
        return chosen, f"override: {why}"
    task_set = set(tasks)
    if any(f.startswith("pred_") for f in fields) and task_set & {"video_classification"}:
        return "World models", "video model with a predictor (config pred_* fields)"
    if fields & _SCIENCE_FIELDS or (task_set & _SCIENCE_TASKS and modality_ in ("other", "vision") and not task_set - _SCIENCE_TASKS - {"backbone", "image"}):
        return "3D/robotics/science", "science, time-series, decision or geometry task"
    if modality_ == "text" and _is_recurrent(fields):
        return "Linear attention & new architectures", "state-space / linear-attention config fields"
    if modality_ == "text" and "causal_lm" in task_set and "masked_lm" not in task_set:
        return "Dense & MoE LLMs", "text-only causal LM (no masked-LM head)"
    if modality_ == "text":
        return "Recommendation & specialized", "text encoder or seq2seq model (retrieval, ranking, classification)"
    if modality_ == "multimodal":
        return "Multimodal & encoders", "several towers or a vision-language task"
    if modality_ == "vision" and task_set & _DETECTION_TASKS:
        return "Edge & detection", "detection / segmentation task"
    if modality_ == "vision" and "num_attention_heads" not in fields and not any("attention" in f for f in fields if not f.startswith("_")):
        return "Edge & detection", "convolutional vision model (no attention in its config)"
    if modality_ == "vision" and task_set <= {"image", "backbone", "image_classification", "masked_image_modeling"}:
        return "Multimodal & encoders", "vision transformer encoder"
    if modality_ in ("vision", "audio"):
        return "Vision/video/audio", "vision, video or audio model"
    return "Recommendation & specialized", "no other rule matched"
