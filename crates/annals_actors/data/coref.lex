# Word lists for actor resolution and within-document coreference, in the lexicon's `.lex`
# format (`@words NAME` then `words: a | b | …`). A user lexicon (`--lexicon DIR`) can add words
# to any list with a record of the same name.

# Determiners that make a noun phrase definite: "the minister" can refer back, "a minister"
# cannot.
@words definite
words: the | this | that | these | those | both | either

# Determiners that make a noun phrase indefinite: "an Azerbaijani serviceman" is someone new.
@words indefinite
words: a | an | another | some | such | any | several | many | few

# Pronouns that refer to one person.
@words pronoun-person
words: he | him | his | himself | she | her | hers | herself

# Pronouns that refer to a plural or collective antecedent.
@words pronoun-plural
words: they | them | their | theirs | themselves

# Pronouns that refer to a country, organisation or thing.
@words pronoun-thing
words: it | its | itself

# Nouns that, after "the", "both" or "two", refer to the parties of the last meeting or talks:
# "X met Y… The sides also discussed…".
@words sides
words: sides | parties | counterparts | interlocutors | leaders | ministers

# Verbs that make their subject and "with"-object the parties of a meeting (lemmas, and the
# inflected forms for text without lemmas).
@words meeting-verbs
words: meet | talk | negotiate | confer | hold | consult | visit | receive | host | speak | sign
words: met | meets | meeting | talked | talks | negotiated | conferred | held | holds | consulted | visited | received | hosted | spoke | speaks | signed

# Words that turn a title into a former one: "former minister" → ELI.
@words former
words: former | ex | ex- | erstwhile | then-former | outgoing | retired | late

# Prepositions after which a place name is a location, not an actor: "in Moscow".
@words locative
words: in | at | near | from | to | into | across | around | outside | inside | throughout | within | towards | toward | between | along | over | through | via | beyond | off | onto | across | past

# Dependency relations of a noun phrase that make it an argument of its verb, where a capital or
# a region can stand for its government ("Moscow said", "Abkhazia rejected").
@words argument-relations
words: nsubj | nsubj:pass | obj | iobj | obl:agent | csubj | nsubj:outer
