package net.genvoice.survey.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A survey as staff write it: a title, an optional introduction and 1 to 20 questions. */
public record SurveyCommand(
    @NotBlank @Size(max = 200) String title,
    @Size(max = 2000) String introduction,
    @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid QuestionCommand> questions) {}
